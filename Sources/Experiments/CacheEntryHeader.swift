import Foundation
import Learning

struct CacheEntryHeader: Codable { var schema: Int }
