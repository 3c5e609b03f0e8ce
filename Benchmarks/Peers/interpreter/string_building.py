def main():
    json = "["
    for i in range(20_000):
        if i > 0:
            json += ","
        json += f"{{\"id\": {i}, \"name\": \"item{i}\", \"score\": {i % 97}, \"tags\": [\"a\", \"b\"]}}"
    json += "]"
    print(len(json))
