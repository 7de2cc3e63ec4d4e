import Foundation
import TallyCairo
import TallyCharts
import TallyIO
import Yams

/// What a newsroom sets once for every chart (`--style FILE`, `style:` in a report
/// spec): font families, type sizes, colours, palette, logo, credit line, default size.
///
/// Read like a report spec: every key is checked before any data is read, unknown keys
/// are errors, and each message names the file, the line and the key (exit 64). A font
/// family that is not installed is an error naming it, never a silent fallback; text
/// colours must read at WCAG's 4.5:1 on the background. Every key is documented in
/// docs/charts.md ("Style files").
public struct ChartStyle: Equatable, Sendable {
    /// The theme with the file's colours, fonts, logo and credit applied.
    public var theme: Theme
    public var width: Int?
    public var height: Int?
    public var scale: Int?
    /// The body family (also what `--font` would set), for the SVG text layer.
    public var bodyFamily: String?

    public init(theme: Theme, width: Int? = nil, height: Int? = nil, scale: Int? = nil, bodyFamily: String? = nil) {
        self.theme = theme; self.width = width; self.height = height; self.scale = scale; self.bodyFamily = bodyFamily
    }
}

public enum StyleFile {
    /// The least contrast a palette colour needs against the background to be seen at
    /// all (WCAG's 3:1 for graphics would refuse the default palette's yellow).
    static let minimumMarkContrast = 1.2

    public static let keys: Set<String> = ["theme", "fonts", "type", "colours", "palette", "logo", "credit", "size"]

    /// Reads and checks the style file at `path`.
    public static func load(_ path: String) throws(TallyError) -> ChartStyle {
        // Opened as datasets are: a FIFO nobody writes to is refused, not waited on forever.
        guard let data = try InputFile.readAll(path, what: "the style file", limit: SpecGuard.maxBytes) else {
            throw TallyError.usage("\(path): the style file is larger than \(SpecGuard.maxBytes) bytes (1 MiB); is it the right file?")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw TallyError.usage("\(path): the style file is not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(TallyError) -> ChartStyle {
        let root = try YAMLDocument.compose(text, file: file, kind: "style file")
        return try StyleReader(file: file).style(root)
    }
}

struct StyleReader {
    let file: String

    func fail(_ node: Node?, _ path: String, _ message: String) -> TallyError {
        TallyError.usage("\(file):\(node?.mark?.line ?? 1): \(path.isEmpty ? "" : path + ": ")\(message)")
    }

    func mapping(_ node: Node, _ path: String, keys: Set<String>) throws(TallyError) -> [String: Node] {
        guard let m = node.mapping else { throw fail(node, path, "expected a mapping of keys") }
        var out: [String: Node] = [:]
        for (k, v) in m {
            guard let key = k.string else { throw fail(k, path, "keys must be text") }
            guard keys.contains(key) else {
                throw fail(k, path.isEmpty ? key : path + "." + key,
                           "unknown key (expected one of: \(keys.sorted().joined(separator: ", ")))")
            }
            out[key] = v
        }
        return out
    }

    func string(_ node: Node, _ path: String) throws(TallyError) -> String {
        guard let s = node.scalar?.string, !s.isEmpty else { throw fail(node, path, "expected text") }
        return s
    }

    func number(_ node: Node, _ path: String, in range: ClosedRange<Double>) throws(TallyError) -> Double {
        guard let s = node.scalar?.string, let v = Double(s), range.contains(v) else {
            throw fail(node, path, "expected a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
        }
        return v
    }

    func colour(_ node: Node, _ path: String) throws(TallyError) -> Color {
        let s = try string(node, path)
        let hex = s.hasPrefix("#") ? String(s.dropFirst()) : s
        guard hex.count == 6, let v = UInt32(hex, radix: 16) else {
            throw fail(node, path, "\"\(s)\" is not a colour: write it as #RRGGBB (e.g. \"#0072B2\"), quoted")
        }
        return Color(hex: v)
    }

    var folder: String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return String(file[..<slash])
    }

    func style(_ root: Node) throws(TallyError) -> ChartStyle {
        let top = try mapping(root, "", keys: StyleFile.keys)
        var theme = Theme.light
        if let t = top["theme"] {
            let name = try string(t, "theme")
            guard let base = Theme.named(name) else { throw fail(t, "theme", "\"\(name)\" is not a theme (light or dark)") }
            theme = base
        }
        var bodyFamily: String? = nil
        if let f = top["fonts"] {
            let m = try mapping(f, "fonts", keys: ["headline", "body", "numbers"])
            var families: [String: String] = [:]
            for key in ["headline", "body", "numbers"] {
                guard let node = m[key] else { continue }
                let family = try string(node, "fonts." + key)
                // Fontconfig substitutes silently; a style names a family on purpose.
                switch FontCheck.check(family: family) {
                case .available: families[key] = family
                case let .substituted(_, substitute):
                    throw fail(node, "fonts." + key, "font family '\(family)' is not installed (fontconfig would draw with "
                                + "'\(substitute)' instead); `fc-list : family` lists the installed families")
                case .noUsableFont:
                    throw fail(node, "fonts." + key, "no usable font for '\(family)': no installed font draws plain text")
                }
            }
            bodyFamily = families["body"]
            if let h = families["headline"] { theme.titleFont.family = h }
            if let b = families["body"] {
                for k in [\Theme.subtitleFont, \.labelFont, \.sourceFont] { theme[keyPath: k].family = b }
            }
            if let n = families["numbers"] ?? families["body"] {
                for k in [\Theme.valueFont, \.tickFont] { theme[keyPath: k].family = n }
            }
        }
        if let t = top["type"] {
            let m = try mapping(t, "type", keys: ["headline", "subtitle", "label", "value", "tick", "source"])
            let fonts: [(String, WritableKeyPath<Theme, Font>)] = [("headline", \.titleFont), ("subtitle", \.subtitleFont),
                ("label", \.labelFont), ("value", \.valueFont), ("tick", \.tickFont), ("source", \.sourceFont)]
            for (key, path) in fonts {
                guard let node = m[key] else { continue }
                // No text under 12 units (issue 13): a style cannot ask for less.
                theme[keyPath: path].size = try number(node, "type." + key, in: Theme.minimumTextSize...96)
            }
        }
        if let c = top["colours"] {
            let m = try mapping(c, "colours", keys: ["background", "text", "muted", "grid", "axis", "others", "accent", "annotation"])
            let slots: [(String, WritableKeyPath<Theme, Color>)] = [("background", \.background), ("text", \.text),
                ("muted", \.mutedText), ("grid", \.grid), ("axis", \.axis), ("others", \.others), ("accent", \.accent),
                ("annotation", \.annotation)]
            for (key, path) in slots {
                guard let node = m[key] else { continue }
                theme[keyPath: path] = try colour(node, "colours." + key)
            }
            // Whiskers and arrows are drawn in the text colour.
            if m["text"] != nil { theme.whisker = theme.text }
            for (key, value) in [("text", theme.text), ("muted", theme.mutedText), ("annotation", theme.annotation)] {
                let ratio = value.contrastRatio(with: theme.background)
                if ratio < Color.minimumTextContrast {
                    throw fail(m[key] ?? m["background"] ?? c, "colours." + key,
                               "text in this colour reads at \(String(format: "%.2f", ratio)):1 on the background; "
                               + "WCAG asks for at least 4.5:1")
                }
            }
        }
        if let p = top["palette"] {
            guard let list = p.sequence, !list.isEmpty, list.count <= 8 else {
                throw fail(p, "palette", "expected a list of one to eight colours")
            }
            var colours: [Color] = []
            for (i, node) in list.enumerated() {
                let c = try colour(node, "palette[\(i)]")
                // A bar or line that cannot be told from the background is a chart with
                // a group missing (`#FFFFFF` on white drew nothing, exit 0). Light colours
                // stay allowed (the default yellow is 1.3:1 on white, and its labels are
                // drawn darker); only near-invisible ones are refused.
                let ratio = c.contrastRatio(with: theme.background)
                if ratio < StyleFile.minimumMarkContrast {
                    throw fail(node, "palette[\(i)]", "bars and lines in this colour read at \(String(format: "%.2f", ratio)):1 "
                               + "on the background, too close to it to be seen; choose a colour at least \(StyleFile.minimumMarkContrast):1 apart")
                }
                colours.append(c)
            }
            theme.series = colours
            theme.primary = colours[0]
        }
        if let l = top["logo"] {
            let m = try mapping(l, "logo", keys: ["file", "placement", "height"])
            guard let fileNode = m["file"] else { throw fail(l, "logo", "missing key 'file'") }
            let name = try string(fileNode, "logo.file")
            let path = name.hasPrefix("/") ? name : folder + "/" + name
            let size: (width: Double, height: Double)
            var drawn: (width: Double, height: Double)? = nil
            if name.lowercased().hasSuffix(".svg") {
                // Drawn as vectors by librsvg; text, outside references or no size refused.
                switch SVGLogo.shape(path) {
                case let .success(s):
                    size = (s.size.width, s.size.height)
                    if s.drawn != s.size { drawn = (s.drawn.width, s.drawn.height) }
                case let .failure(e): throw fail(fileNode, "logo.file", "\"\(path)\" \(e.description)")
                }
            } else {
                guard name.lowercased().hasSuffix(".png") else {
                    throw fail(fileNode, "logo.file", "\"\(name)\": the logo must be a PNG or SVG file")
                }
                guard let png = StyleReader.pngSize(path) else {
                    throw fail(fileNode, "logo.file", "\"\(path)\" is not a readable PNG file")
                }
                // Cairo draws no image wider or taller than this: the logo would vanish.
                guard png.width <= 32_767 && png.height <= 32_767 else {
                    throw fail(fileNode, "logo.file", "\"\(path)\" is \(png.width)×\(png.height) pixels, and Cairo draws images of at most "
                               + "32,767 pixels a side (it would not be drawn): scale it down, e.g. to 1,200 pixels wide")
                }
                size = (Double(png.width), Double(png.height))
            }
            // What is drawn: an SVG's viewBox keeps its shape inside width × height
            // (unless preserveAspectRatio is none), so a 100:1 viewBox in a square is a
            // hairline however square the logo's size.
            if let drawn, !(drawn.width / drawn.height >= 0.1 && drawn.width / drawn.height <= 20) {
                func n(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format: "%g", v) }
                throw fail(fileNode, "logo.file", "\"\(path)\" draws its viewBox, \(n(drawn.width))×\(n(drawn.height)), inside "
                           + "\(n(size.width))×\(n(size.height)) keeping its shape: a logo between 1:10 and 20:1 (width to height) can be drawn "
                           + "at a readable size beside the chart's text; make the viewBox fit the mark (or crop it), "
                           + "or set preserveAspectRatio=\"none\" on <svg> to stretch it")
            }
            // A mark drawn at the logo's height must be visible and fit beside the text:
            // a 1000:1 strip is a hairline, a 1:1000 sliver invisible, a 10⁶:1 one runs
            // off the chart (review 10c F12).
            let ratio = size.width / size.height
            guard ratio >= 0.1 && ratio <= 20 else {
                throw fail(fileNode, "logo.file", "\"\(path)\" is \(Int(size.width.rounded()))×\(Int(size.height.rounded())): a logo "
                           + "between 1:10 and 20:1 (width to height) can be drawn at a readable size beside the chart's text; crop it to its mark")
            }
            // A PNG cut short passes the header and size checks and draws nothing (review
            // 9d): decoded here as the canvas will.
            if !name.lowercased().hasSuffix(".svg"), let problem = PNGLogo.problem(path) {
                throw fail(fileNode, "logo.file", "\"\(path)\" \(problem)")
            }
            var placement = Logo.Placement.bottomRight
            if let pl = m["placement"] {
                let s = try string(pl, "logo.placement")
                guard let p = Logo.Placement(rawValue: s) else {
                    throw fail(pl, "logo.placement", "\"\(s)\" (expected bottom-right or top-right)")
                }
                placement = p
            }
            let height = try m["height"].map { n throws(TallyError) in try number(n, "logo.height", in: 8...200) } ?? 28
            theme.logo = Logo(file: path, width: height * size.width / size.height, height: height,
                              placement: placement)
        }
        if let c = top["credit"] { theme.credit = try string(c, "credit") }
        var width: Int? = nil, height: Int? = nil, scale: Int? = nil
        if let s = top["size"] {
            let m = try mapping(s, "size", keys: ["width", "height", "scale"])
            width = try m["width"].map { n throws(TallyError) in Int(try number(n, "size.width", in: 16...16000)) }
            height = try m["height"].map { n throws(TallyError) in Int(try number(n, "size.height", in: 16...16000)) }
            scale = try m["scale"].map { n throws(TallyError) in Int(try number(n, "size.scale", in: 1...8)) }
        }
        return ChartStyle(theme: theme, width: width, height: height, scale: scale, bodyFamily: bodyFamily)
    }

    /// Width and height from a PNG's IHDR chunk, or `nil` when the file is not a PNG.
    static func pngSize(_ path: String) -> (width: Int, height: Int)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8](handle.readData(ofLength: 24))
        guard head.count == 24, head[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              head[12..<16].elementsEqual(Array("IHDR".utf8)) else { return nil }
        func word(_ o: Int) -> Int { head[o..<(o + 4)].reduce(0) { $0 << 8 | Int($1) } }
        let w = word(16), h = word(20)
        return w > 0 && h > 0 ? (w, h) : nil
    }
}
