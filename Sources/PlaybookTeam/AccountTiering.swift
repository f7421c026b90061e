import PlaybookContent
import PlaybookCore

/// Accounts tiered A–E by revenue quintile: sorted by annual revenue, highest
/// first, ties broken by id, the account at 0-based rank r of N gets tier
/// "ABCDE"[⌊5r/N⌋]. The same list always gives the same tiers.
public enum AccountTiering {
    public static func tiers(_ accounts: [Account]) -> [String: AccountTier] {
        let ranked = accounts.sorted {
            $0.annualRevenue != $1.annualRevenue ? $0.annualRevenue > $1.annualRevenue : $0.id < $1.id
        }
        var tiers: [String: AccountTier] = [:]
        let count = ranked.count
        for (rank, account) in ranked.enumerated() {
            tiers[account.id] = AccountTier.allCases[5 * rank / count]
        }
        return tiers
    }
}
