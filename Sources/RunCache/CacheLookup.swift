import Foundation

public enum CacheLookup<R: Codable> {
    case hit(CacheEntry<R>)
    case miss(key: String, reason: RunReason)
}
