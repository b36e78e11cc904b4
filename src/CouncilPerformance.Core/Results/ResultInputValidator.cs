using System.Globalization;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>A problem with one field, in words an officer can act on.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// Checks a <see cref="ResultInput"/> against its KPI: the unit's range, rates from numerator and
/// denominator, "not available" needing a reason and date, breakdowns adding up, and commentary
/// when the result misses its target. Used by the form, the service and the import alike.
/// </summary>
public static partial class ResultInputValidator
{
    public const int MaxCommentaryLength = 4000;
    public const int MaxShortTextLength = 400;

    public static class Fields
    {
        public const string Value = nameof(ResultInput.Value);
        public const string Numerator = nameof(ResultInput.Numerator);
        public const string Denominator = nameof(ResultInput.Denominator);
        public const string DataStatus = nameof(ResultInput.DataStatus);
        public const string NotAvailableReason = nameof(ResultInput.NotAvailableReason);
        public const string ExpectedAvailableOn = nameof(ResultInput.ExpectedAvailableOn);
        public const string PeriodNote = nameof(ResultInput.PeriodNote);
        public const string Commentary = nameof(ResultInput.Commentary);
        public const string CorrectionReason = nameof(ResultInput.CorrectionReason);

        public static string Comparator(Comparator comparator) => $"Comparator.{comparator}";

        public static string Breakdown(int categoryId) => $"Breakdown.{categoryId.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// Validates <paramref name="input"/>. With <paramref name="complete"/> false (a draft) missing
    /// values are allowed, but anything entered must still be valid.
    /// </summary>
    /// <param name="previousValue">The previous period's approved value, for a direction target; without it such a target cannot be judged.</param>
    /// <param name="definitionChangedSincePrevious">True when the KPI was redefined since that value, so it cannot be compared.</param>
    public static IReadOnlyList<FieldError> Validate(ResultInput input, Kpi kpi, Target? target, bool complete, decimal? previousValue = null, bool definitionChangedSincePrevious = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(kpi);
        var errors = new List<FieldError>();

        if (input.DataStatus == DataStatus.NotAvailable)
        {
            if (input.Value is not null || input.Numerator is not null || input.Denominator is not null)
            {
                errors.Add(new(Fields.Value, "Leave the value empty when the data is not available"));
            }

            if (complete && string.IsNullOrWhiteSpace(input.NotAvailableReason))
            {
                errors.Add(new(Fields.NotAvailableReason, "Say why the data is not available"));
            }

            if (complete && input.ExpectedAvailableOn is null)
            {
                errors.Add(new(Fields.ExpectedAvailableOn, "Enter the date the data is expected"));
            }
        }
        else if (kpi.Unit == KpiUnit.Rate)
        {
            CheckRate(input, complete, errors);
        }
        else if (input.Value is { } value)
        {
            CheckInUnit(Fields.Value, "The value", value, kpi.Unit, errors);
        }
        else if (complete)
        {
            errors.Add(new(Fields.Value, $"Enter the value ({UnitHint(kpi)}), or choose \"not available\""));
        }

        foreach (var (comparator, value) in input.Comparators)
        {
            if (value is { } v)
            {
                CheckInUnit(Fields.Comparator(comparator), "The comparator value", v, kpi.Unit == KpiUnit.Rate ? KpiUnit.Score : kpi.Unit, errors);
            }
        }

        CheckBreakdowns(input, kpi, errors);
        CheckText(Fields.NotAvailableReason, "The reason", input.NotAvailableReason, MaxShortTextLength, errors);
        CheckText(Fields.PeriodNote, "The period note", input.PeriodNote, MaxShortTextLength, errors);
        CheckText(Fields.Commentary, "The commentary", input.Commentary, MaxCommentaryLength, errors);
        CheckText(Fields.CorrectionReason, "The reason for the correction", input.CorrectionReason, MaxShortTextLength, errors);

        if (complete && errors.Count == 0 && string.IsNullOrWhiteSpace(input.Commentary))
        {
            var rating = RagRating.Rate(target?.Terms, kpi.Polarity, input.Facts(kpi, previousValue, definitionChangedSincePrevious));
            if (rating.Rag is RagStatus.Red or RagStatus.Amber)
            {
                errors.Add(new(Fields.Commentary, $"Add commentary: the result is {rating.Rag.ToString().ToLowerInvariant()}, so explain what happened and what is being done"));
            }
        }

        return errors;
    }

    /// <summary>How a value should be entered, e.g. "a percentage from 0 to 100".</summary>
    public static string UnitHint(Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.Unit switch
        {
            KpiUnit.Percentage => "a percentage from 0 to 100",
            KpiUnit.Count => "a whole number, 0 or more",
            KpiUnit.Rate => $"a numerator and a denominator; the rate per {kpi.RateBase?.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) ?? "1"} is worked out",
            KpiUnit.Days => "a number of days from 0 to 366",
            KpiUnit.Money => "an amount in pounds",
            _ => "a number, 0 or more",
        };
    }

    private static void CheckRate(ResultInput input, bool complete, List<FieldError> errors)
    {
        if (input.Numerator is { } n)
        {
            if (n < 0 || n != decimal.Truncate(n))
            {
                errors.Add(new(Fields.Numerator, "The numerator must be a whole number, 0 or more"));
            }
        }
        else if (complete)
        {
            errors.Add(new(Fields.Numerator, "Enter the numerator (the count)"));
        }

        if (input.Denominator is { } d)
        {
            if (d <= 0)
            {
                errors.Add(new(Fields.Denominator, "The denominator must be more than 0"));
            }
            else if (input.Numerator is { } num && num > d)
            {
                errors.Add(new(Fields.Numerator, "The numerator cannot be more than the denominator"));
            }
        }
        else if (complete)
        {
            errors.Add(new(Fields.Denominator, "Enter the denominator (the population)"));
        }
    }

    private static void CheckInUnit(string field, string what, decimal value, KpiUnit unit, List<FieldError> errors)
    {
        var message = unit switch
        {
            KpiUnit.Percentage when value is < 0 or > 100 => $"{what} must be a percentage from 0 to 100",
            KpiUnit.Count when value < 0 || value != decimal.Truncate(value) => $"{what} must be a whole number, 0 or more",
            KpiUnit.Days when value is < 0 or > 366 => $"{what} must be a number of days from 0 to 366",
            KpiUnit.Money when Math.Abs(value) > 1_000_000_000_000m => $"{what} is too large",
            KpiUnit.Score or KpiUnit.Rate when value < 0 => $"{what} must be 0 or more",
            _ when Math.Abs(value) > 1_000_000_000_000m => $"{what} is too large",
            _ => null,
        };
        if (message is not null)
        {
            errors.Add(new(field, message));
        }
    }

    private static void CheckBreakdowns(ResultInput input, Kpi kpi, List<FieldError> errors)
    {
        var total = input.EffectiveValue(kpi);
        foreach (var dimension in kpi.Dimensions)
        {
            var values = dimension.Categories
                .Select(c => (Category: c, Value: input.Breakdowns.GetValueOrDefault(c.Id)))
                .ToList();
            foreach (var (category, value) in values)
            {
                if (value is { } v)
                {
                    CheckInUnit(Fields.Breakdown(category.Id), $"The value for {category.Name}", v, kpi.Unit == KpiUnit.Rate ? KpiUnit.Score : kpi.Unit, errors);
                }
            }

            if (!dimension.SumsToTotal || total is not { } t || values.Any(x => x.Value is null))
            {
                continue;
            }

            // Allow for each category having been rounded to one decimal place.
            var sum = values.Sum(x => x.Value!.Value);
            var allowance = kpi.Unit == KpiUnit.Count ? 0m : 0.05m * values.Count;
            if (Math.Abs(sum - t) > allowance)
            {
                errors.Add(new(Fields.Breakdown(values[0].Category.Id),
                    $"The {dimension.Name.ToLowerInvariant()} figures add up to {sum.ToString("0.##", CultureInfo.InvariantCulture)}, not the total of {t.ToString("0.##", CultureInfo.InvariantCulture)}"));
            }
        }
    }

    private static void CheckText(string field, string what, string? text, int maxLength, List<FieldError> errors)
    {
        if (CheckPlainText(field, what, text, maxLength) is { } error)
        {
            errors.Add(error);
        }
    }

    /// <summary>Free text must fit and must not carry HTML or script; null when it is fine.</summary>
    public static FieldError? CheckPlainText(string field, string what, string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return new(field, $"{what} must be {maxLength:N0} characters or fewer (it has {text.Length:N0})");
        }

        return MarkupPattern().IsMatch(text) ? new(field, $"{what} must be plain text: remove the HTML or script tags") : null;
    }

    // A tag name follows "<" directly; "< target" is plain text.
    [GeneratedRegex(@"<[a-zA-Z/!?]", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();
}
