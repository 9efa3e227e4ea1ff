# string_build: build a long string by appending and interpolation, then count its characters.
def main():
    text = ""
    for i in range(2_000_000):
        text += f"item {i * 7 % 1_000}: "
        if i % 3 == 0:
            text += "fizz"
        text += ";"
    sevens = 0
    for ch in text:
        if ch == "7":
            sevens += 1
    print(len(text) * 1_000_000 + sevens)

main()
