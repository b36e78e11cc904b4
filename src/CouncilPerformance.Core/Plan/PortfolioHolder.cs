using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>
/// A Cabinet Member's term on a portfolio. Members change between reports; a report of a past year
/// names the member who held the portfolio then (<see cref="On"/>), not today's.
/// </summary>
public class PortfolioHolder : Entity, IAudited
{
    public int PortfolioId { get; set; }

    public Portfolio? Portfolio { get; set; }

    /// <summary>As the council publishes it, e.g. "Councillor R Brown".</summary>
    public required string Name { get; set; }

    public DateOnly HeldFrom { get; set; }

    /// <summary>The last day of the term; null while the member holds it.</summary>
    public DateOnly? HeldUntil { get; set; }

    public bool Covers(DateOnly date) => HeldFrom <= date && (HeldUntil is null || date <= HeldUntil);

    /// <summary>
    /// The member on <paramref name="date"/>; when no term covers it (terms not recorded that far
    /// back), <paramref name="fallback"/>, the name on record for the portfolio.
    /// </summary>
    public static string? On(IEnumerable<PortfolioHolder> holders, DateOnly date, string? fallback)
    {
        ArgumentNullException.ThrowIfNull(holders);
        var list = holders.ToList();
        return list.Count == 0 ? fallback : list.FirstOrDefault(h => h.Covers(date))?.Name ?? fallback;
    }
}
