enum NetError: Error { case timeout, status(code: Int), other(String) }
func fetch(_ i: Int) throws -> String {
    switch i {
    case 0: return "ok"
    case 1: throw NetError.timeout
    case 2: throw NetError.status(code: 404)
    case 3: throw NetError.status(code: 500)
    default: throw NetError.other("boom")
    }
}
for i in 0..<5 {
    do {
        print(try fetch(i)) // expect: ok
    } catch NetError.timeout {
        print("timeout") // expect: timeout
    } catch NetError.status(let code) where code < 500 {
        print("client", code) // expect: client 404
    } catch NetError.status(let code) {
        print("server", code) // expect: server 500
    } catch {
        print("other:", error) // expect: other: other("boom")
    }
}
