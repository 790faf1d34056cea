/// One claim in a figure's claim list, `{{#claims.<figure>}}{{> claim-item}}{{/claims.<figure>}}`
/// (`templates/claim-item.md`): text fields, and trusted HTML as block tokens (`badge`, `head`,
/// `links`, `subTests`). Mustache reads the stored properties by name.
struct ClaimItem: Encodable {
    let badge: String
    let id: String
    let head: String
    let links: String
    let paperSays: String
    let reference: String
    let rule: String
    let note: String
    let subTests: String
}
