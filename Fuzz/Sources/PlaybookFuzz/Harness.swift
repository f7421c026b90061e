import Foundation
import PlaybookFuzzing

/// libFuzzer calls this with each input it makes: front matter, Markdown and
/// its passes, form and scorecard templates, filled forms, team data, settings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzEntry.run(Data(bytes: start, count: count))
    return 0
}
