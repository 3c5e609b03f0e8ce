extension String {
    /// `count` (the number of Characters), without Unicode segmentation for an ASCII string: there
    /// every byte is a Character except that "\r\n" is one, which is what Swift's grapheme rules say
    /// (rule GB3). Swift's own `count` segments every string, which made `json.count` of a 1 MB
    /// string cost as much as building it.
    var characterCount: Int {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var highBits: UInt8 = 0
            var pairs = 0
            var previous: UInt8 = 0
            for byte in bytes {
                highBits |= byte
                pairs &+= previous == 0x0D && byte == 0x0A ? 1 : 0
                previous = byte
            }
            return highBits < 0x80 ? bytes.count - pairs : nil
        }
        return (ascii ?? nil) ?? count
    }
}
