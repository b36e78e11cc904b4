using System.Globalization;
using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Reports;

/// <summary>
/// Values and dates as the reports write them; the same forms as the web pages' Display, which
/// lives in the web project and cannot be reached from here.
/// </summary>
public static class ReportFormat
{
    private static readonly CultureInfo _uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Value(decimal? value, KpiUnit unit, string? unitLabel) => value is not { } v
        ? "No data"
        : unit switch
        {
            KpiUnit.Percentage => v.ToString("0.#", _uk) + "%",
            KpiUnit.Count => v.ToString("N0", _uk),
            KpiUnit.Money => v.ToString("C0", _uk),
            KpiUnit.Days => v.ToString("0.0", _uk) + " days",
            KpiUnit.Rate => v.ToString("0.0", _uk) + (unitLabel is null ? "" : " " + unitLabel),
            _ => v.ToString("0.##", _uk) + (unitLabel is null ? "" : " " + unitLabel),
        };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", _uk) ?? "";

    public static string Percent(decimal share) => share.ToString("P0", _uk);
}
