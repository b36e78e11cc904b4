using System.Text.RegularExpressions;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Kpis.Admin;

/// <summary>
/// The rules a KPI's metadata must meet, with one message per field. Plain rules only; whether a
/// priority, portfolio or code exists is checked by <see cref="KpiAdminService"/> against the database.
/// </summary>
public static partial class KpiInputValidator
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 400;
    public const int DefinitionMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    /// <summary>The rate bases the council uses ("per 1,000", "per 10,000", "per 100,000").</summary>
    public static readonly IReadOnlyList<int> RateBases = [100, 1_000, 10_000, 100_000];

    public static class Fields
    {
        public const string Code = nameof(KpiInput.Code);
        public const string Name = nameof(KpiInput.Name);
        public const string Definition = nameof(KpiInput.Definition);
        public const string RateBase = nameof(KpiInput.RateBase);
        public const string UnitLabel = nameof(KpiInput.UnitLabel);
        public const string FrequencyNote = nameof(KpiInput.FrequencyNote);
        public const string ExpectedReleaseMonth = nameof(KpiInput.ExpectedReleaseMonth);
        public const string DataSource = nameof(KpiInput.DataSource);
        public const string PriorityId = nameof(KpiInput.PriorityId);
        public const string PortfolioId = nameof(KpiInput.PortfolioId);
        public const string SecondaryPortfolioId = nameof(KpiInput.SecondaryPortfolioId);
        public const string ServiceAreaId = nameof(KpiInput.ServiceAreaId);
        public const string ScrutinyBoardId = nameof(KpiInput.ScrutinyBoardId);
        public const string StrategyIds = nameof(KpiInput.StrategyIds);
        public const string Conflicts = nameof(KpiInput.Conflicts);
        public const string NewDefinition = nameof(RedefinitionInput.NewDefinition);
        public const string NewName = nameof(RedefinitionInput.NewName);
        public const string EffectiveFromPeriodId = nameof(RedefinitionInput.EffectiveFromPeriodId);
        public const string Reason = nameof(RedefinitionInput.Reason);
        public const string ReplacementKpiId = nameof(ReplacementInput.ReplacementKpiId);
    }

    /// <summary>A code as addresses and imports use it: capitals, digits and single hyphens, e.g. "YJ-REOFFENDING".</summary>
    public static bool IsWellFormedCode(string? code) => code is { Length: >= 2 and <= CodeMaxLength } && CodePattern().IsMatch(code);

    /// <summary>Codes are compared without regard to case, so "cs-flytip" cannot sit beside "CS-FLYTIP".</summary>
    public static string NormaliseCode(string code) => (code ?? "").Trim().ToUpperInvariant();

    public static List<FieldError> Validate(KpiInput input, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (isNew)
        {
            var code = PlanRules.Clean(input.Code);
            if (code is null)
            {
                errors.Add(new(Fields.Code, "Enter a code, e.g. YJ-REOFFENDING"));
            }
            else if (!IsWellFormedCode(NormaliseCode(code)))
            {
                errors.Add(new(Fields.Code, $"The code must be 2 to {CodeMaxLength} capital letters, digits and single hyphens, e.g. YJ-REOFFENDING"));
            }
        }

        PlanRules.CheckRequiredText(errors, Fields.Name, "A name", input.Name, NameMaxLength);
        if (isNew)
        {
            PlanRules.CheckRequiredText(errors, Fields.Definition, "A definition", input.Definition, DefinitionMaxLength);
        }

        if (input.Unit == KpiUnit.Rate)
        {
            if (input.RateBase is not { } rateBase)
            {
                errors.Add(new(Fields.RateBase, "Choose the rate base: per how many the rate is counted"));
            }
            else if (!RateBases.Contains(rateBase))
            {
                errors.Add(new(Fields.RateBase, "The rate base must be per 100, 1,000, 10,000 or 100,000"));
            }
        }
        else if (input.RateBase is not null)
        {
            errors.Add(new(Fields.RateBase, "Only a rate has a rate base: clear it or choose the unit 'Rate'"));
        }

        PlanRules.CheckText(errors, Fields.UnitLabel, "The unit label", input.UnitLabel, 100);
        PlanRules.CheckText(errors, Fields.FrequencyNote, "The frequency note", input.FrequencyNote, 400);
        if (input.Frequency == DataFrequency.Periodic && PlanRules.Clean(input.FrequencyNote) is null)
        {
            errors.Add(new(Fields.FrequencyNote, "Say how often the data comes, e.g. about every 10 years"));
        }

        if (input.ExpectedReleaseMonth is < 1 or > 12)
        {
            errors.Add(new(Fields.ExpectedReleaseMonth, "The release month must be a month of the year"));
        }

        PlanRules.CheckRequiredText(errors, Fields.DataSource, "The data source", input.DataSource, 400);
        if (input.PriorityId is null)
        {
            errors.Add(new(Fields.PriorityId, "Choose the plan priority the KPI serves"));
        }

        if (input.PortfolioId is null)
        {
            errors.Add(new(Fields.PortfolioId, "Choose the Cabinet portfolio"));
        }
        else if (input.SecondaryPortfolioId == input.PortfolioId)
        {
            errors.Add(new(Fields.SecondaryPortfolioId, "The second portfolio must differ from the first"));
        }

        if (input.ServiceAreaId is null)
        {
            errors.Add(new(Fields.ServiceAreaId, "Choose the service area that reports the KPI"));
        }

        if (input.StrategyIds.Distinct().Count() != input.StrategyIds.Count)
        {
            errors.Add(new(Fields.StrategyIds, "Each strategy can be chosen once"));
        }

        for (var i = 0; i < input.Conflicts.Count; i++)
        {
            var c = input.Conflicts[i];
            var field = $"{Fields.Conflicts}[{i}]";
            if (c.KpiId is null)
            {
                errors.Add(new(field, $"Conflict {i + 1}: choose the KPI whose target may pull against this one"));
            }
            else if (input.Conflicts.Take(i).Any(o => o.KpiId == c.KpiId))
            {
                errors.Add(new(field, $"Conflict {i + 1}: that KPI is already listed"));
            }

            PlanRules.CheckRequiredText(errors, field, $"Conflict {i + 1}: why the targets may pull against each other", c.Note, NoteMaxLength);
        }

        return errors;
    }

    public static List<FieldError> Validate(RedefinitionInput input, string? currentDefinition)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        PlanRules.CheckRequiredText(errors, Fields.NewDefinition, "The new definition", input.NewDefinition, DefinitionMaxLength);
        if (PlanRules.Clean(input.NewDefinition) is { } definition && string.Equals(definition, currentDefinition?.Trim(), StringComparison.Ordinal))
        {
            errors.Add(new(Fields.NewDefinition, "The new definition is the same as the current one"));
        }

        PlanRules.CheckText(errors, Fields.NewName, "The new name", input.NewName, NameMaxLength);
        if (input.EffectiveFromPeriodId is null)
        {
            errors.Add(new(Fields.EffectiveFromPeriodId, "Choose the first reporting period measured the new way"));
        }

        PlanRules.CheckRequiredText(errors, Fields.Reason, "Why the definition changes", input.Reason, NoteMaxLength);
        return errors;
    }

    public static List<FieldError> Validate(ReplacementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (input.ReplacementKpiId is null)
        {
            errors.Add(new(Fields.ReplacementKpiId, "Choose the KPI that replaces this one"));
        }

        PlanRules.CheckRequiredText(errors, Fields.Reason, "Why the KPI is replaced", input.Reason, NoteMaxLength);
        return errors;
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

/// <summary>How a KPI moves between statuses. Retired is final: a retired KPI's history stays as it was.</summary>
public static class KpiStatusRules
{
    private static readonly Dictionary<KpiStatus, KpiStatus[]> _moves = new()
    {
        [KpiStatus.Proposed] = [KpiStatus.Active, KpiStatus.Retired],
        [KpiStatus.Active] = [KpiStatus.UnderReview, KpiStatus.Retired],
        [KpiStatus.UnderReview] = [KpiStatus.Active, KpiStatus.Retired],
        [KpiStatus.Retired] = [],
    };

    public static IReadOnlyList<KpiStatus> NextStatuses(KpiStatus from) => _moves[from];

    public static bool MayMove(KpiStatus from, KpiStatus to) => _moves[from].Contains(to);
}
