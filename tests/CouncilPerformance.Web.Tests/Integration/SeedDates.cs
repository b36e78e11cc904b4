using System.Globalization;
using CouncilPerformance.Core.Data.Seed;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>The seed's dates as the pages write them. The app seeds on the system clock, so the open year's deadline follows from today.</summary>
internal static class SeedDates
{
    /// <summary>2025/26's entry deadline, e.g. "31 December 2026" for a database seeded on 2 December 2026.</summary>
    public static string OpenYearDeadline =>
        OpenYear.EntryDeadline(DateOnly.FromDateTime(DateTime.UtcNow)).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
