import Foundation

struct CacheEntryHeader: Codable { var schema: Int }
