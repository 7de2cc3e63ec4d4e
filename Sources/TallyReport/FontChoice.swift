import TallyCairo
import TallyIO

/// The font a command draws with, decided before any data is read.
///
/// A family that is not installed is never silently replaced: asked for by name
/// (`--font`) it is a usage error (64) naming it; the default family (DejaVu Sans)
/// missing falls back to what fontconfig offers, with a warning naming both. No font
/// able to draw Latin text at all is exit 69 (EX_UNAVAILABLE: the machine lacks what
/// tally needs), never a chart of boxes with exit 0.
public enum FontChoice {
    /// sysexits EX_UNAVAILABLE.
    public static let noFontExitCode: Int32 = 69

    /// - Parameters:
    ///   - family: the family asked for.
    ///   - explicit: whether the user named it (`--font`), rather than tally's default.
    /// - Returns: the family to draw with and, for a fallback, a warning for stderr.
    public static func resolve(_ family: String, explicit: Bool) throws(TallyError) -> (family: String, warning: String?) {
        switch FontCheck.check(family: family) {
        case let .available(resolved):
            _ = resolved
            return (family, nil)
        case let .substituted(requested, substitute):
            if explicit {
                throw .usage("--font '\(requested)': no installed font family has that name (fontconfig would draw "
                             + "with '\(substitute)' instead); `fc-list : family` lists the installed families")
            }
            return (substitute, "warning: the default font '\(requested)' is not installed; drawing with '\(substitute)' "
                    + "instead (on Debian or Ubuntu, install fonts-dejavu-core for tally's usual look)")
        case let .noUsableFont(requested):
            throw TallyError(exitCode: noFontExitCode,
                             message: "no usable font: fontconfig offers no font that draws plain text (asked for '\(requested)'), "
                             + "so every character would be a box. Install fonts (Debian or Ubuntu: fonts-dejavu-core) "
                             + "or check FONTCONFIG_FILE and FONTCONFIG_PATH")
        }
    }
}
