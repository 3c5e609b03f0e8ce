var json = "["
for i in 0..<20_000 {
    if i > 0 {
        json += ","
    }
    json += "{\"id\": \(i), \"name\": \"item\(i)\", \"score\": \(i % 97), \"tags\": [\"a\", \"b\"]}"
}
json += "]"
print(json.count)
