import Foundation

/// The password for `playbook user add`: asked for without echo on a
/// terminal, else the first line of standard input (for scripts).
public enum PasswordPrompt {
    public static func read(_ prompt: String) -> String? {
        if isatty(STDIN_FILENO) == 1, let typed = getpass(prompt) {
            return String(cString: typed)
        }
        guard let line = readLine(strippingNewline: true) else { return nil }
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
