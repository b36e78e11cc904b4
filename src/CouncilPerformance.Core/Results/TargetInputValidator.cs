using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>The rules for a target of each kind, with one message per field.</summary>
public static class TargetInputValidator
{
    public static IReadOnlyList<FieldError> Validate(TargetInput input, KpiUnit unit)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new(TargetFields.Kind, "Choose the kind of target"));
            return errors;
        }

        if (input.AmberTolerance < 0)
        {
            errors.Add(new(TargetFields.AmberTolerance, "The amber tolerance must be 0 or more"));
        }

        if (input.SetsSimilarBand && input.SimilarBand is < 0)
        {
            errors.Add(new(TargetFields.SimilarBand, "The similar band must be 0 or more, or empty"));
        }

        switch (input.Kind)
        {
            case TargetKind.Value:
                if (input.Value is null)
                {
                    errors.Add(new(TargetFields.Value, "Enter the target, or choose \"No target set\""));
                }
                else
                {
                    CheckInUnit(TargetFields.Value, "The target", input.Value.Value, unit, errors);
                }

                break;
            case TargetKind.Range:
                if (input.Value is null)
                {
                    errors.Add(new(TargetFields.Value, "Enter the lower end of the range"));
                }
                else
                {
                    CheckInUnit(TargetFields.Value, "The lower end", input.Value.Value, unit, errors);
                }

                if (input.UpperValue is null)
                {
                    errors.Add(new(TargetFields.UpperValue, "Enter the upper end of the range"));
                }
                else
                {
                    CheckInUnit(TargetFields.UpperValue, "The upper end", input.UpperValue.Value, unit, errors);
                }

                if (input.Value is { } low && input.UpperValue is { } high && low > high)
                {
                    errors.Add(new(TargetFields.UpperValue, "The upper end must be at least the lower end"));
                }

                break;
            case TargetKind.Comparator:
                if (input.Comparators is not { } comparators || !Enum.IsDefined(comparators))
                {
                    errors.Add(new(TargetFields.Comparators, "Choose which comparators the result must be better than"));
                }

                break;
        }

        return errors;
    }

    private static void CheckInUnit(string field, string what, decimal value, KpiUnit unit, List<FieldError> errors)
    {
        if (unit == KpiUnit.Percentage && value is < 0 or > 100)
        {
            errors.Add(new(field, $"{what} must be a percentage from 0 to 100"));
        }
        else if (value < 0 && unit != KpiUnit.Money)
        {
            errors.Add(new(field, $"{what} must be 0 or more"));
        }
    }
}
