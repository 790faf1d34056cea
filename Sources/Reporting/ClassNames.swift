import Datasets

/// Human-readable class names of the long-tailed datasets, by label, for chart categories.
enum ClassNames {
    static let cifar10 = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]

    /// CIFAR-100 fine labels in label order (the dataset's `fine_label_names`).
    static let cifar100 = [
        "apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle", "bottle",
        "bowl", "boy", "bridge", "bus", "butterfly", "camel", "can", "castle", "caterpillar", "cattle",
        "chair", "chimpanzee", "clock", "cloud", "cockroach", "couch", "crab", "crocodile", "cup", "dinosaur",
        "dolphin", "elephant", "flatfish", "forest", "fox", "girl", "hamster", "house", "kangaroo", "keyboard",
        "lamp", "lawn_mower", "leopard", "lion", "lizard", "lobster", "man", "maple_tree", "motorcycle", "mountain",
        "mouse", "mushroom", "oak_tree", "orange", "orchid", "otter", "palm_tree", "pear", "pickup_truck", "pine_tree",
        "plain", "plate", "poppy", "porcupine", "possum", "rabbit", "raccoon", "ray", "road", "rocket",
        "rose", "sea", "seal", "shark", "shrew", "skunk", "skyscraper", "snail", "snake", "spider",
        "squirrel", "streetcar", "sunflower", "sweet_pepper", "table", "tank", "telephone", "television", "tiger", "tractor",
        "train", "trout", "tulip", "turtle", "wardrobe", "whale", "willow_tree", "wolf", "woman", "worm",
    ]

    /// The name of class `label` of `dataset` (`fashion-mnist`, `cifar10`, `cifar100`), or
    /// "class <label>" when the dataset or label is unknown.
    static func name(_ label: Int, dataset: String) -> String {
        let names: [String]
        switch dataset {
        case "fashion-mnist": names = FashionMNIST.classNames
        case "cifar10": names = cifar10
        case "cifar100": names = cifar100
        default: names = []
        }
        return names.indices.contains(label) ? names[label] : "class \(label)"
    }
}
