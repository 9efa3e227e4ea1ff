func main() {
    print(total)
    let total = 10
    print(total)
}
main()
