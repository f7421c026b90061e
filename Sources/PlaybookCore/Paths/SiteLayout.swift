/// Where everything lives in a site folder, named once: every stage that
/// reads, reports on or writes a site's files takes its folder and file names
/// from here.
public enum SiteLayout {
    /// Markdown pages, content files and team data.
    public static let content = "content/"
    /// Team data: not pages, not copied to the output.
    public static let data = "content/_data/"
    public static let team = "content/_data/team.yaml"
    public static let accounts = "content/_data/accounts.csv"
    /// Filled-in forms and scorecards, as `playbook new` and the browser's download name them.
    public static let visitPlans = "content/visit-plans/"
    public static let scorecardSheets = "content/scorecards/"
    /// The theme.
    public static let layouts = "templates/layouts/"
    public static let layoutExtension = ".mustache"
    public static let forms = "templates/forms/"
    public static let scorecards = "templates/scorecards/"
    public static let assets = "templates/assets/"
    public static let catalogues = "templates/i18n/"
    /// The site settings file.
    public static let settings = "playbook.yaml"
    /// Where the theme's assets go in the output.
    public static let outputAssets = "assets/"
    /// Each language's sign-in page on the team server (`serve --team`), below its edition's folder.
    public static let signIn = "login/"
    /// The service worker (offline reading): at the output's root, so that its scope is the whole site.
    public static let serviceWorker = "sw.js"
    /// Each language edition's web app manifest, in its edition's folder.
    public static let manifest = "manifest.webmanifest"
}
