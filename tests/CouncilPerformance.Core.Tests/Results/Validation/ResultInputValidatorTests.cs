using System.Globalization;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Fields = CouncilPerformance.Core.Results.ResultInputValidator.Fields;

namespace CouncilPerformance.Core.Tests.Results.Validation;

public class ResultInputValidatorTests
{
    // Category ids of the in-memory KPIs' breakdowns.
    private const int ShortTerm = 11;
    private const int LongTerm = 12;
    private const int Home = 21;
    private const int Flexible = 22;
    private const int Fixed = 23;
    private const int Agile = 24;
    private const int Pedestrian = 31;
    private const int Cyclist = 32;
    private const int CarOccupant = 33;

    // ---- The unit's range ----

    public static TheoryData<KpiUnit, string, string?> ValuesByUnit => new()
    {
        { KpiUnit.Percentage, "-1", "The value must be a percentage from 0 to 100" },
        { KpiUnit.Percentage, "0", null },
        { KpiUnit.Percentage, "100", null },
        { KpiUnit.Percentage, "100.5", "The value must be a percentage from 0 to 100" },
        { KpiUnit.Percentage, "94.3", null },
        { KpiUnit.Count, "2.5", "The value must be a whole number, 0 or more" },
        { KpiUnit.Count, "-1", "The value must be a whole number, 0 or more" },
        { KpiUnit.Count, "0", null },
        { KpiUnit.Count, "124.0", null },
        { KpiUnit.Days, "367", "The value must be a number of days from 0 to 366" },
        { KpiUnit.Days, "-0.1", "The value must be a number of days from 0 to 366" },
        { KpiUnit.Days, "366", null },
        { KpiUnit.Days, "12.9", null },
        { KpiUnit.Score, "-1", "The value must be 0 or more" },
        { KpiUnit.Score, "0", null },
        { KpiUnit.Score, "1000000000001", "The value is too large" },
        { KpiUnit.Money, "1000000000001", "The value is too large" },
        { KpiUnit.Money, "-1000000000001", "The value is too large" },
        { KpiUnit.Money, "1000000000000", null },
        { KpiUnit.Money, "-250000", null },
    };

    [Theory]
    [MemberData(nameof(ValuesByUnit))]
    public void A_value_is_checked_against_its_units_range(KpiUnit unit, string value, string? expectedMessage)
    {
        // Arrange
        var kpi = NewKpi(unit);
        var input = new ResultInput { Value = decimal.Parse(value, CultureInfo.InvariantCulture) };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target: null, complete: true);

        // Assert
        if (expectedMessage is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal([new FieldError(Fields.Value, expectedMessage)], errors);
        }
    }

    [Fact]
    public void A_complete_result_without_a_value_asks_for_one_in_the_units_words()
    {
        // Arrange
        var kpi = NewKpi(KpiUnit.Count);

        // Act
        var errors = ResultInputValidator.Validate(new ResultInput(), kpi, target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Value, "Enter the value (a whole number, 0 or more), or choose \"not available\"")], errors);
    }

    [Fact]
    public void A_comparator_outside_the_units_range_is_refused_on_its_own_field()
    {
        // Arrange
        var kpi = NewKpi(KpiUnit.Percentage);
        var input = new ResultInput
        {
            Value = 94m,
            Comparators = { [Comparator.England] = 101m, [Comparator.WestMidlands] = 92.5m, [Comparator.StatisticalNeighbours] = null },
        };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError("Comparator.England", "The comparator value must be a percentage from 0 to 100")], errors);
    }

    [Fact]
    public void A_rate_comparator_is_a_rate_not_a_count_so_a_fraction_is_allowed_but_a_negative_is_not()
    {
        // Arrange
        var kpi = CicRate();
        var input = new ResultInput
        {
            Numerator = 668m,
            Denominator = 80_400m,
            Comparators = { [Comparator.England] = 70.4m, [Comparator.WestMidlands] = -1m },
        };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError("Comparator.WestMidlands", "The comparator value must be 0 or more")], errors);
    }

    // ---- Rates ----

    [Fact]
    public void A_complete_rate_needs_both_numerator_and_denominator()
    {
        // Arrange: a headline value alone is not enough for a rate.
        var input = new ResultInput { Value = 83.1m };

        // Act
        var errors = ResultInputValidator.Validate(input, CicRate(), target: null, complete: true);

        // Assert
        Assert.Equal(
            [
                new FieldError(Fields.Numerator, "Enter the numerator (the count)"),
                new FieldError(Fields.Denominator, "Enter the denominator (the population)"),
            ],
            errors);
    }

    [Fact]
    public void A_complete_rate_with_only_the_numerator_asks_for_the_denominator()
    {
        // Act
        var errors = ResultInputValidator.Validate(new ResultInput { Numerator = 668m }, CicRate(), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Denominator, "Enter the denominator (the population)")], errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-80400)]
    public void A_denominator_of_zero_or_less_is_refused(int denominator)
    {
        // Arrange
        var input = new ResultInput { Numerator = 0m, Denominator = denominator };

        // Act
        var errors = ResultInputValidator.Validate(input, CicRate(), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Denominator, "The denominator must be more than 0")], errors);
    }

    [Fact]
    public void A_numerator_larger_than_the_denominator_is_refused()
    {
        // Arrange
        var input = new ResultInput { Numerator = 80_401m, Denominator = 80_400m };

        // Act
        var errors = ResultInputValidator.Validate(input, CicRate(), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Numerator, "The numerator cannot be more than the denominator")], errors);
    }

    [Fact]
    public void A_numerator_equal_to_the_denominator_is_allowed()
    {
        // Arrange
        var input = new ResultInput { Numerator = 80_400m, Denominator = 80_400m };

        // Act
        var errors = ResultInputValidator.Validate(input, CicRate(), target: null, complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("668.5")]
    [InlineData("-1")]
    public void A_numerator_that_is_not_a_whole_number_of_zero_or_more_is_refused(string numerator)
    {
        // Arrange
        var input = new ResultInput { Numerator = decimal.Parse(numerator, CultureInfo.InvariantCulture), Denominator = 80_400m };

        // Act
        var errors = ResultInputValidator.Validate(input, CicRate(), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Numerator, "The numerator must be a whole number, 0 or more")], errors);
    }

    public static TheoryData<int, string, string, string> Rates => new()
    {
        // rate base, numerator, denominator, expected value (one decimal place, halves away from zero)
        { 10_000, "668", "80400", "83.1" },        // CIC-RATE 2024/25: 83.0845…
        { 100_000, "74", "34200", "216.4" },       // YJ-FTE 2024/25: 216.3742…
        { 10_000, "1", "200000", "0.1" },          // exactly 0.05: away from zero, not to even (0.0)
        { 100_000, "1", "400000", "0.3" },         // exactly 0.25: away from zero, not to even (0.2)
        { 100_000, "3", "40000", "7.5" },          // exact
        { 10_000, "0", "80400", "0" },
    };

    [Theory]
    [MemberData(nameof(Rates))]
    public void EffectiveValue_works_out_the_rate_per_its_base_to_one_decimal_place(int rateBase, string numerator, string denominator, string expected)
    {
        // Arrange
        var kpi = NewKpi(KpiUnit.Rate, Polarity.LowerIsBetter, rateBase);
        var input = new ResultInput
        {
            Numerator = decimal.Parse(numerator, CultureInfo.InvariantCulture),
            Denominator = decimal.Parse(denominator, CultureInfo.InvariantCulture),
        };

        // Act
        var value = input.EffectiveValue(kpi);

        // Assert
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void EffectiveValue_of_a_rate_ignores_a_typed_headline_value()
    {
        // Arrange
        var input = new ResultInput { Value = 99m, Numerator = 668m, Denominator = 80_400m };

        // Act & Assert
        Assert.Equal(83.1m, input.EffectiveValue(CicRate()));
        Assert.Null(new ResultInput { Value = 99m }.EffectiveValue(CicRate()));
        Assert.Null(new ResultInput { Numerator = 1m, Denominator = 0m }.EffectiveValue(CicRate()));
    }

    [Fact]
    public void EffectiveValue_of_other_units_is_the_value_and_of_not_available_is_nothing()
    {
        // Arrange
        var kpi = NewKpi(KpiUnit.Percentage);

        // Act & Assert
        Assert.Equal(94.0m, new ResultInput { Value = 94.0m }.EffectiveValue(kpi));
        Assert.Null(new ResultInput { Value = 94.0m, DataStatus = DataStatus.NotAvailable }.EffectiveValue(kpi));
    }

    // ---- Drafts ----

    [Fact]
    public void A_draft_may_be_incomplete()
    {
        // Act
        var plain = ResultInputValidator.Validate(new ResultInput(), NewKpi(KpiUnit.Percentage), Target(96m, 1m), complete: false);
        var rate = ResultInputValidator.Validate(new ResultInput { Numerator = 668m }, CicRate(), Target(76m, 3m), complete: false);
        var notAvailable = ResultInputValidator.Validate(new ResultInput { DataStatus = DataStatus.NotAvailable }, NewKpi(KpiUnit.Days), target: null, complete: false);

        // Assert
        Assert.Empty(plain);
        Assert.Empty(rate);
        Assert.Empty(notAvailable);
    }

    [Fact]
    public void A_draft_may_not_be_invalid()
    {
        // Act
        var percentage = ResultInputValidator.Validate(new ResultInput { Value = 100.5m }, NewKpi(KpiUnit.Percentage), target: null, complete: false);
        var rate = ResultInputValidator.Validate(new ResultInput { Numerator = 5m, Denominator = 0m }, CicRate(), target: null, complete: false);
        var notAvailable = ResultInputValidator.Validate(new ResultInput { DataStatus = DataStatus.NotAvailable, Value = 3m }, NewKpi(KpiUnit.Count), target: null, complete: false);
        var markup = ResultInputValidator.Validate(new ResultInput { Commentary = "<b>bold</b>" }, NewKpi(KpiUnit.Count), target: null, complete: false);

        // Assert
        Assert.Equal([Fields.Value], percentage.Select(e => e.Field));
        Assert.Equal([Fields.Denominator], rate.Select(e => e.Field));
        Assert.Equal([Fields.Value], notAvailable.Select(e => e.Field));
        Assert.Equal([Fields.Commentary], markup.Select(e => e.Field));
    }

    // ---- Not available ----

    [Fact]
    public void Not_available_needs_a_reason_and_an_expected_date_when_complete()
    {
        // Arrange
        var input = new ResultInput { DataStatus = DataStatus.NotAvailable };

        // Act
        var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Percentage), Target(90m, 1m), complete: true);

        // Assert
        Assert.Equal(
            [
                new FieldError(Fields.NotAvailableReason, "Say why the data is not available"),
                new FieldError(Fields.ExpectedAvailableOn, "Enter the date the data is expected"),
            ],
            errors);
    }

    [Fact]
    public void Not_available_with_a_reason_and_date_is_complete_and_needs_no_commentary()
    {
        // Arrange: grey (no value), so no commentary is required even with a target.
        var input = new ResultInput
        {
            DataStatus = DataStatus.NotAvailable,
            NotAvailableReason = "No data for the year (Appendix 1, 14.2).",
            ExpectedAvailableOn = new DateOnly(2026, 9, 30),
        };

        // Act
        var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Percentage), Target(90m, 1m), complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Not_available_with_a_value_is_refused()
    {
        // Arrange
        var input = new ResultInput
        {
            DataStatus = DataStatus.NotAvailable,
            Value = 89.2m,
            NotAvailableReason = "Not released yet",
            ExpectedAvailableOn = new DateOnly(2026, 9, 30),
        };

        // Act
        var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Percentage), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Value, "Leave the value empty when the data is not available")], errors);
    }

    [Fact]
    public void Not_available_with_a_numerator_or_denominator_is_refused()
    {
        // Arrange
        var input = new ResultInput
        {
            DataStatus = DataStatus.NotAvailable,
            Denominator = 80_400m,
            NotAvailableReason = "Not released yet",
            ExpectedAvailableOn = new DateOnly(2026, 9, 30),
        };

        // Act
        var errors = ResultInputValidator.Validate(input, CicRate(), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Value, "Leave the value empty when the data is not available")], errors);
    }

    // ---- Breakdowns ----

    [Fact]
    public void A_breakdown_that_should_add_up_and_does_is_accepted()
    {
        // Arrange: the 2024/25 seed figures, 4.9 + 8.1 = 13.
        var input = new ResultInput { Value = 13m, Breakdowns = { [ShortTerm] = 4.9m, [LongTerm] = 8.1m } };

        // Act
        var errors = ResultInputValidator.Validate(input, SicknessAbsence(), target: null, complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void A_breakdown_that_should_add_up_may_be_out_by_each_categorys_rounding()
    {
        // Arrange: two categories rounded to one decimal place may be out by up to 0.1 in all.
        var within = new ResultInput { Value = 13m, Breakdowns = { [ShortTerm] = 4.95m, [LongTerm] = 8.15m } };
        var beyond = new ResultInput { Value = 13m, Breakdowns = { [ShortTerm] = 4.95m, [LongTerm] = 8.16m } };

        // Act
        var withinErrors = ResultInputValidator.Validate(within, SicknessAbsence(), target: null, complete: true);
        var beyondErrors = ResultInputValidator.Validate(beyond, SicknessAbsence(), target: null, complete: true);

        // Assert
        Assert.Empty(withinErrors);
        Assert.Equal([Fields.Breakdown(ShortTerm)], beyondErrors.Select(e => e.Field));
    }

    [Fact]
    public void A_breakdown_that_should_add_up_and_does_not_names_the_dimension_and_both_totals()
    {
        // Arrange
        var input = new ResultInput { Value = 13m, Breakdowns = { [ShortTerm] = 5m, [LongTerm] = 9m } };

        // Act
        var errors = ResultInputValidator.Validate(input, SicknessAbsence(), target: null, complete: true);

        // Assert: on the first category's field, naming the dimension.
        var error = Assert.Single(errors);
        Assert.Equal("Breakdown.11", error.Field);
        Assert.Equal("The absence length figures add up to 14, not the total of 13", error.Message);
    }

    [Fact]
    public void A_count_breakdown_that_should_add_up_has_no_rounding_allowance()
    {
        // Arrange
        var kpi = NewKpi(KpiUnit.Count, Polarity.LowerIsBetter);
        kpi.Dimensions.Add(Dimension("Severity", sumsToTotal: true, (41, "Killed or seriously injured"), (42, "Slightly injured")));
        var input = new ResultInput { Value = 124m, Breakdowns = { [41] = 40m, [42] = 85m } };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target: null, complete: true);

        // Assert
        var error = Assert.Single(errors);
        Assert.Equal(Fields.Breakdown(41), error.Field);
        Assert.Equal("The severity figures add up to 125, not the total of 124", error.Message);
    }

    [Fact]
    public void A_breakdown_that_does_not_need_to_add_up_is_not_summed()
    {
        // Arrange: days per FTE by working arrangement average rather than add up; road user types
        // give context for the pedestrian KPI and cannot add up to it.
        var absence = new ResultInput { Value = 13m, Breakdowns = { [Home] = 10.2m, [Flexible] = 12.5m, [Fixed] = 15.1m, [Agile] = 11.8m } };
        var casualties = new ResultInput { Value = 124m, Breakdowns = { [Pedestrian] = 124m, [Cyclist] = 61m, [CarOccupant] = 342m } };

        // Act
        var absenceErrors = ResultInputValidator.Validate(absence, SicknessAbsence(), target: null, complete: true);
        var casualtyErrors = ResultInputValidator.Validate(casualties, CasualtiesPed(), target: null, complete: true);

        // Assert
        Assert.Empty(absenceErrors);
        Assert.Empty(casualtyErrors);
    }

    [Fact]
    public void Each_breakdown_value_is_checked_against_the_units_range()
    {
        // Arrange
        var input = new ResultInput { Value = 124m, Breakdowns = { [Pedestrian] = 124m, [Cyclist] = 2.5m } };

        // Act
        var errors = ResultInputValidator.Validate(input, CasualtiesPed(), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Breakdown(Cyclist), "The value for Cyclist must be a whole number, 0 or more")], errors);
    }

    // ---- Commentary when the result misses its target ----

    public static TheoryData<Polarity, string, RagStatus> Misses => new()
    {
        // ROADS-A style: higher is better, target 96, amber within 1.
        { Polarity.HigherIsBetter, "94", RagStatus.Red },
        { Polarity.HigherIsBetter, "95.5", RagStatus.Amber },
        // SICKNESS-ABSENCE style: lower is better, target 11, amber within 1.
        { Polarity.LowerIsBetter, "13", RagStatus.Red },
        { Polarity.LowerIsBetter, "11.5", RagStatus.Amber },
    };

    [Theory]
    [MemberData(nameof(Misses))]
    public void Commentary_is_required_when_the_result_is_red_or_amber(Polarity polarity, string value, RagStatus rag)
    {
        // Arrange
        var (kpi, target) = polarity == Polarity.HigherIsBetter
            ? (NewKpi(KpiUnit.Percentage, polarity), Target(96m, 1m))
            : (NewKpi(KpiUnit.Days, polarity), Target(11m, 1m));
        var input = new ResultInput { Value = decimal.Parse(value, CultureInfo.InvariantCulture), Commentary = "   " };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target, complete: true);

        // Assert
        var word = rag.ToString().ToLowerInvariant();
        Assert.Equal([new FieldError(Fields.Commentary, $"Add commentary: the result is {word}, so explain what happened and what is being done")], errors);
    }

    [Theory]
    [MemberData(nameof(Misses))]
    public void A_red_or_amber_result_with_commentary_is_accepted(Polarity polarity, string value, RagStatus rag)
    {
        // Arrange
        var (kpi, target) = polarity == Polarity.HigherIsBetter
            ? (NewKpi(KpiUnit.Percentage, polarity), Target(96m, 1m))
            : (NewKpi(KpiUnit.Days, polarity), Target(11m, 1m));
        var input = new ResultInput
        {
            Value = decimal.Parse(value, CultureInfo.InvariantCulture),
            Commentary = $"Missed ({rag}): resurfacing was delayed by the contractor; the programme resumes in May.",
        };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target, complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Misses))]
    public void A_red_or_amber_draft_needs_no_commentary_yet(Polarity polarity, string value, RagStatus rag)
    {
        // Arrange
        var (kpi, target) = polarity == Polarity.HigherIsBetter
            ? (NewKpi(KpiUnit.Percentage, polarity), Target(96m, 1m))
            : (NewKpi(KpiUnit.Days, polarity), Target(11m, 1m));
        var input = new ResultInput { Value = decimal.Parse(value, CultureInfo.InvariantCulture) };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target, complete: false);

        // Assert
        Assert.True(errors.Count == 0, $"A {rag} draft was refused: {string.Join("; ", errors)}");
    }

    public static TheoryData<Polarity, string, string?> NotMisses => new()
    {
        // green: met exactly, and beaten
        { Polarity.HigherIsBetter, "96", "96" },
        { Polarity.HigherIsBetter, "97.2", "96" },
        { Polarity.LowerIsBetter, "11", "11" },
        { Polarity.LowerIsBetter, "10.4", "11" },
        // grey: no target value
        { Polarity.HigherIsBetter, "50", null },
        { Polarity.LowerIsBetter, "30", null },
    };

    [Theory]
    [MemberData(nameof(NotMisses))]
    public void Commentary_is_not_required_when_the_result_is_green_or_grey(Polarity polarity, string value, string? targetValue)
    {
        // Arrange
        var kpi = NewKpi(polarity == Polarity.HigherIsBetter ? KpiUnit.Percentage : KpiUnit.Days, polarity);
        var target = targetValue is null ? null : Target(decimal.Parse(targetValue, CultureInfo.InvariantCulture), 1m);
        var input = new ResultInput { Value = decimal.Parse(value, CultureInfo.InvariantCulture) };

        // Act
        var errors = ResultInputValidator.Validate(input, kpi, target, complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Commentary_is_not_required_when_the_target_has_no_value()
    {
        // Arrange: DIGITAL-EXCLUSION style, a target row with no figure (recommendation o).
        var input = new ResultInput { Value = 40m };

        // Act
        var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Percentage, Polarity.LowerIsBetter), new Target { Value = null }, complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void A_rate_that_misses_its_target_needs_commentary_rated_on_the_worked_out_value()
    {
        // Arrange: CIC-RATE 2024/25, 83.1 per 10,000 against 76 with amber within 3: red.
        var input = new ResultInput { Numerator = 668m, Denominator = 80_400m };

        // Act
        var errors = ResultInputValidator.Validate(input, CicRate(), Target(76m, 3m), complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Commentary, "Add commentary: the result is red, so explain what happened and what is being done")], errors);
    }

    // ---- Text ----

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b>Better</b> than last year")]
    [InlineData("See <a href=\"https://example.org\">the report</a>")]
    [InlineData("Hidden <!-- note --> text")]
    [InlineData("</p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void Markup_in_commentary_is_refused(string commentary)
    {
        // Arrange
        var input = new ResultInput { Value = 94m, Commentary = commentary };

        // Act
        var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Percentage), target: null, complete: true);

        // Assert
        Assert.Equal([new FieldError(Fields.Commentary, "The commentary must be plain text: remove the HTML or script tags")], errors);
    }

    [Fact]
    public void Markup_in_every_text_field_is_refused_on_that_field()
    {
        // Arrange
        var notAvailable = new ResultInput
        {
            DataStatus = DataStatus.NotAvailable,
            NotAvailableReason = "<script>alert(1)</script>",
            ExpectedAvailableOn = new DateOnly(2026, 9, 30),
            PeriodNote = "<i>Rolling</i> twelve months",
            CorrectionReason = "<u>typo</u>",
        };

        // Act
        var errors = ResultInputValidator.Validate(notAvailable, NewKpi(KpiUnit.Days), target: null, complete: true);

        // Assert
        Assert.Equal(
            [
                new FieldError(Fields.NotAvailableReason, "The reason must be plain text: remove the HTML or script tags"),
                new FieldError(Fields.PeriodNote, "The period note must be plain text: remove the HTML or script tags"),
                new FieldError(Fields.CorrectionReason, "The reason for the correction must be plain text: remove the HTML or script tags"),
            ],
            errors);
    }

    [Theory]
    [InlineData("Fewer than five incidents a month (<5), down from 7.")]
    [InlineData("less than 5% (<5)")]
    [InlineData("Absence fell below 13 days (< 13) for the first time.")]
    [InlineData("Ratio 3<4 and 5 > 4; fish & chips")]
    public void Less_than_signs_before_numbers_are_plain_text_and_allowed(string commentary)
    {
        // Arrange
        var input = new ResultInput { Value = 94m, Commentary = commentary };

        // Act
        var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Percentage), target: null, complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Coventry's rate is < England average (70 per 10,000).")]
    [InlineData("Still < target; the new contract starts in May.")]
    public void A_less_than_sign_followed_by_a_space_and_a_word_is_plain_text_and_allowed(string commentary)
    {
        // Arrange: no browser reads "< England" as a tag (a tag name must follow "<" directly), so
        // refusing it stops an officer writing an ordinary comparison and tells them to remove HTML
        // that is not there.
        var input = new ResultInput { Value = 94m, Commentary = commentary };

        // Act
        var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Percentage), target: null, complete: true);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Commentary_up_to_the_maximum_length_is_allowed_and_one_character_more_is_refused()
    {
        // Arrange: the message formats its numbers in the current culture; the app runs in en-GB.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            var atMost = new ResultInput { Value = 94m, Commentary = new string('a', ResultInputValidator.MaxCommentaryLength) };
            var tooLong = new ResultInput { Value = 94m, Commentary = new string('a', ResultInputValidator.MaxCommentaryLength + 1) };

            // Act
            var atMostErrors = ResultInputValidator.Validate(atMost, NewKpi(KpiUnit.Percentage), target: null, complete: true);
            var tooLongErrors = ResultInputValidator.Validate(tooLong, NewKpi(KpiUnit.Percentage), target: null, complete: true);

            // Assert
            Assert.Equal(4000, ResultInputValidator.MaxCommentaryLength);
            Assert.Empty(atMostErrors);
            Assert.Equal([new FieldError(Fields.Commentary, "The commentary must be 4,000 characters or fewer (it has 4,001)")], tooLongErrors);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Short_texts_over_their_maximum_length_are_refused()
    {
        // Arrange
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            var tooLong = new string('a', ResultInputValidator.MaxShortTextLength + 1);
            var input = new ResultInput
            {
                DataStatus = DataStatus.NotAvailable,
                NotAvailableReason = tooLong,
                ExpectedAvailableOn = new DateOnly(2026, 9, 30),
                PeriodNote = new string('a', ResultInputValidator.MaxShortTextLength),
                CorrectionReason = tooLong + "<script>",
            };

            // Act
            var errors = ResultInputValidator.Validate(input, NewKpi(KpiUnit.Days), target: null, complete: true);

            // Assert: too long is reported before markup, once per field.
            Assert.Equal(
                [
                    new FieldError(Fields.NotAvailableReason, "The reason must be 400 characters or fewer (it has 401)"),
                    new FieldError(Fields.CorrectionReason, "The reason for the correction must be 400 characters or fewer (it has 409)"),
                ],
                errors);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    // ---- Unit hints ----

    public static TheoryData<KpiUnit, int?, string> Hints => new()
    {
        { KpiUnit.Percentage, null, "a percentage from 0 to 100" },
        { KpiUnit.Count, null, "a whole number, 0 or more" },
        { KpiUnit.Rate, 10_000, "a numerator and a denominator; the rate per 10,000 is worked out" },
        { KpiUnit.Rate, 100_000, "a numerator and a denominator; the rate per 100,000 is worked out" },
        { KpiUnit.Days, null, "a number of days from 0 to 366" },
        { KpiUnit.Money, null, "an amount in pounds" },
        { KpiUnit.Score, null, "a number, 0 or more" },
    };

    [Theory]
    [MemberData(nameof(Hints))]
    public void UnitHint_says_how_to_enter_a_value_of_each_unit(KpiUnit unit, int? rateBase, string expected)
    {
        // Act
        var hint = ResultInputValidator.UnitHint(NewKpi(unit, Polarity.HigherIsBetter, rateBase));

        // Assert
        Assert.Equal(expected, hint);
    }

    [Fact]
    public void UnitHint_covers_every_unit()
    {
        // Assert: a new unit must get its own wording, not fall through to a generic one unnoticed.
        Assert.Equal(Enum.GetValues<KpiUnit>().Length, Hints.Select(row => (KpiUnit)row[0]).Distinct().Count());
    }

    // ---- Builders ----

    private static Kpi NewKpi(KpiUnit unit, Polarity polarity = Polarity.HigherIsBetter, int? rateBase = null) => new()
    {
        Id = 1,
        Code = "TEST",
        Name = "Test KPI",
        Unit = unit,
        RateBase = rateBase,
        Polarity = polarity,
    };

    private static Kpi CicRate() => NewKpi(KpiUnit.Rate, Polarity.LowerIsBetter, 10_000);

    private static Kpi SicknessAbsence()
    {
        var kpi = NewKpi(KpiUnit.Days, Polarity.LowerIsBetter);
        kpi.Dimensions.Add(Dimension("Absence length", sumsToTotal: true, (ShortTerm, "Short-term"), (LongTerm, "Long-term")));
        kpi.Dimensions.Add(Dimension("Working arrangement", sumsToTotal: false, (Home, "Home"), (Flexible, "Flexible"), (Fixed, "Fixed"), (Agile, "Agile")));
        return kpi;
    }

    private static Kpi CasualtiesPed()
    {
        var kpi = NewKpi(KpiUnit.Count, Polarity.LowerIsBetter);
        kpi.Dimensions.Add(Dimension("Road user type", sumsToTotal: false, (Pedestrian, "Pedestrian"), (Cyclist, "Cyclist"), (CarOccupant, "Car occupant")));
        return kpi;
    }

    private static BreakdownDimension Dimension(string name, bool sumsToTotal, params (int Id, string Name)[] categories) => new()
    {
        Name = name,
        SumsToTotal = sumsToTotal,
        Categories = categories.Select((c, i) => new BreakdownCategory { Id = c.Id, Name = c.Name, SortOrder = i + 1 }).ToList(),
    };

    private static Target Target(decimal value, decimal tolerance) => new() { Value = value, AmberTolerance = tolerance };
}
