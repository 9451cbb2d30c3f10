#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A colour in sRGB, 0–255 per channel.
public struct RGBColor: Sendable, Hashable {
    public let red: Double
    public let green: Double
    public let blue: Double

    /// Creates a colour from channels 0–255.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from `#rrggbb`; black for anything else.
    public init(hex: String) {
        let digits = Array(hex.utf8.drop { $0 == UInt8(ascii: "#") })
        func channel(_ index: Int) -> Double {
            guard digits.count >= index + 2, let value = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16)
            else { return 0 }
            return Double(value)
        }
        self.init(red: channel(0), green: channel(2), blue: channel(4))
    }

    /// `#rrggbb`, lowercase, each channel rounded.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for channel in [red, green, blue] {
            let value = Int(min(255, max(0, channel.rounded(.toNearestOrAwayFromZero))))
            text.append(digits[value >> 4])
            text.append(digits[value & 0xF])
        }
        return text
    }

    /// The colour a fraction `t` of the way to `other`, channel by channel.
    public func mixed(with other: RGBColor, _ t: Double) -> RGBColor {
        RGBColor(red: red + (other.red - red) * t, green: green + (other.green - green) * t, blue: blue + (other.blue - blue) * t)
    }

    /// The relative luminance of WCAG 2 (0 black … 1 white).
    public var luminance: Double {
        func linear(_ channel: Double) -> Double {
            let c = channel / 255
            return c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white, whichever contrasts more with this colour (for text on it).
    public var contrastingText: String {
        // Contrast with white: 1.05 / (L + 0.05); with black: (L + 0.05) / 0.05.
        let l = luminance
        return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#ffffff" : "#111111"
    }
}
