using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Results;

/// <summary>
/// Writes an input onto a result, the same for the form and the import: rates from numerator and
/// denominator, reason and date only when not available, trimmed text, comparators and breakdowns
/// added, changed or removed.
/// </summary>
internal static class ResultWriter
{
    public static void Apply(DbContext db, Result result, ResultInput input, Kpi kpi)
    {
        var notAvailable = input.DataStatus == DataStatus.NotAvailable;
        result.Value = input.EffectiveValue(kpi);
        result.Numerator = notAvailable || kpi.Unit != KpiUnit.Rate ? null : input.Numerator;
        result.Denominator = notAvailable || kpi.Unit != KpiUnit.Rate ? null : input.Denominator;
        result.DataStatus = input.DataStatus;
        result.NotAvailableReason = notAvailable ? Clean(input.NotAvailableReason) : null;
        result.ExpectedAvailableOn = notAvailable ? input.ExpectedAvailableOn : null;
        result.PeriodNote = Clean(input.PeriodNote);
        result.Commentary = Clean(input.Commentary);

        foreach (var comparator in Enum.GetValues<Comparator>())
        {
            var existing = result.Comparators.FirstOrDefault(c => c.Comparator == comparator);
            var value = input.Comparators.GetValueOrDefault(comparator);
            if (value is null && existing is not null)
            {
                db.Remove(existing);
            }
            else if (value is { } v && existing is null)
            {
                result.Comparators.Add(new ComparatorValue { Comparator = comparator, Value = v });
            }
            else if (value is { } changed && existing is not null)
            {
                existing.Value = changed;
            }
        }

        foreach (var category in kpi.Dimensions.SelectMany(d => d.Categories))
        {
            var existing = result.Breakdowns.FirstOrDefault(b => b.CategoryId == category.Id);
            var value = input.Breakdowns.GetValueOrDefault(category.Id);
            if (value is null && existing is not null)
            {
                db.Remove(existing);
            }
            else if (value is { } v && existing is null)
            {
                result.Breakdowns.Add(new BreakdownValue { CategoryId = category.Id, Value = v });
            }
            else if (value is { } changed && existing is not null)
            {
                existing.Value = changed;
            }
        }
    }

    /// <summary>Who entered the result and when, and where it is in sign-off, as ResultEntryService stamps them.</summary>
    public static void Stamp(Result result, Actor actor, ResultState state, DateTime now)
    {
        result.State = state;
        result.EnteredById = actor.UserId;
        result.EnteredByName = actor.Name;
        result.EnteredAt = now;
        result.IsIllustrative = false;
        result.SourceNote = null;
        if (state == ResultState.Submitted)
        {
            result.SubmittedAt = now;
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
