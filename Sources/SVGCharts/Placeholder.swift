// Module SVGCharts: see README.md (Architecture).
enum _SVGChartsPlaceholder {}
