using System.Globalization;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CouncilPerformance.Core.Plan;

/// <summary>
/// What still refers to a part of the plan, found from the model's foreign keys rather than a
/// hand-kept list, so a relation another feature adds later also blocks a delete. One COUNT per
/// foreign key: a fixed number of queries, whatever the data.
/// </summary>
internal static partial class PlanPartUsage
{
    private static readonly Dictionary<string, (string One, string Many)> _words = new(StringComparer.Ordinal)
    {
        ["Kpis"] = ("KPI", "KPIs"),
        ["KpiStrategies"] = ("KPI", "KPIs"),
        ["Recommendations"] = ("recommendation", "recommendations"),
        ["RecommendationDecisions"] = ("Cabinet decision", "Cabinet decisions"),
        ["DeepDiveSeries"] = ("deep dive", "deep dives"),
        ["DeepDiveSessionPortfolios"] = ("deep-dive session", "deep-dive sessions"),
        ["BoardReviews"] = ("board review", "board reviews"),
        ["AspNetUsers"] = ("user", "users"),
    };

    public static async Task<IReadOnlyList<(string Table, int Count)>> CountAsync(AppDbContext db, Type clrType, int id, CancellationToken ct)
    {
        var entityType = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var counts = new List<(string, int)>();
        foreach (var fk in entityType.GetReferencingForeignKeys())
        {
            var dependent = fk.DeclaringEntityType;

            // A part's own details (a portfolio's terms, a board's members) go with it.
            if (dependent.ClrType == typeof(PortfolioHolder) || dependent.ClrType == typeof(ScrutinyBoardMember) || dependent.GetTableName() is not { } table)
            {
                continue;
            }

            var column = fk.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, dependent.GetSchema()));

            // Table and column come from the model, never from input; the id is a parameter.
            var sql = string.Concat("SELECT COUNT(*) AS \"Value\" FROM \"", table, "\" WHERE \"", column, "\" = {0}");
            var count = await db.Database.SqlQueryRaw<int>(sql, id).SingleAsync(ct);
            if (count > 0)
            {
                counts.Add((table, count));
            }
        }

        return counts.GroupBy(c => Words(c.Item1, 2).Many).Select(g => (g.First().Item1, g.Sum(c => c.Item2))).ToList();
    }

    /// <summary>"12 KPIs and 1 recommendation".</summary>
    public static string Describe(IReadOnlyList<(string Table, int Count)> uses)
    {
        var parts = uses.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Count} {(u.Count == 1 ? Words(u.Table, 1).One : Words(u.Table, 2).Many)}")).ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
    }

    private static (string One, string Many) Words(string table, int _) =>
        _words.TryGetValue(table, out var words) ? words : (Split(table), Split(table));

    private static string Split(string table) => CamelCase().Replace(table, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCase();
}
