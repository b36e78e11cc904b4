using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Kpis.Admin;
using CouncilPerformance.Core.Plan;
using Fields = CouncilPerformance.Core.Kpis.Admin.KpiInputValidator.Fields;

namespace CouncilPerformance.Core.Tests.Kpis;

public sealed class KpiAdminRulesTests
{
    private static KpiInput Valid() => new()
    {
        Code = "YJ-REOFFENCES",
        Name = "Re-offences per young re-offender",
        Definition = "Average number of proven re-offences per young re-offender.",
        Unit = KpiUnit.Score,
        DataSource = "Ministry of Justice",
        PriorityId = 1,
        PortfolioId = 1,
        ServiceAreaId = 1,
    };

    [Fact]
    public void A_complete_new_KPI_has_no_errors()
    {
        Assert.Empty(KpiInputValidator.Validate(Valid(), isNew: true));
    }

    [Fact]
    public void An_empty_new_KPI_names_each_missing_field()
    {
        var errors = KpiInputValidator.Validate(new KpiInput(), isNew: true);

        foreach (var field in new[] { Fields.Code, Fields.Name, Fields.Definition, Fields.DataSource, Fields.PriorityId, Fields.PortfolioId, Fields.ServiceAreaId })
        {
            Assert.Contains(errors, e => e.Field == field);
        }
    }

    [Theory]
    [InlineData("YJ-REOFFENDING", true)]
    [InlineData("NEET-16-17", true)]
    [InlineData("A", false)]
    [InlineData("CS FLYTIP", false)]
    [InlineData("CS--FLYTIP", false)]
    [InlineData("-CS", false)]
    [InlineData("CS/FLY", false)]
    [InlineData("<script>", false)]
    public void A_code_is_capitals_digits_and_single_hyphens(string code, bool wellFormed)
    {
        Assert.Equal(wellFormed, KpiInputValidator.IsWellFormedCode(code));
    }

    [Fact]
    public void A_lower_case_code_is_accepted_and_stored_in_capitals()
    {
        var input = Valid();
        input.Code = " yj-reoffences ";

        Assert.Empty(KpiInputValidator.Validate(input, isNew: true));
        Assert.Equal("YJ-REOFFENCES", KpiInputValidator.NormaliseCode(input.Code));
    }

    [Fact]
    public void An_edit_does_not_read_the_code_or_the_definition()
    {
        var input = Valid();
        input.Code = null;
        input.Definition = null;

        Assert.Empty(KpiInputValidator.Validate(input, isNew: false));
    }

    [Theory]
    [InlineData(KpiUnit.Rate, null, true)]
    [InlineData(KpiUnit.Rate, 7, true)]
    [InlineData(KpiUnit.Rate, 10_000, false)]
    [InlineData(KpiUnit.Percentage, 10_000, true)]
    [InlineData(KpiUnit.Percentage, null, false)]
    public void A_rate_needs_a_known_rate_base_and_only_a_rate_has_one(KpiUnit unit, int? rateBase, bool error)
    {
        var input = Valid();
        input.Unit = unit;
        input.RateBase = rateBase;

        Assert.Equal(error, KpiInputValidator.Validate(input, isNew: true).Any(e => e.Field == Fields.RateBase));
    }

    [Fact]
    public void Markup_too_long_text_a_bad_month_and_the_same_portfolio_twice_are_each_refused_with_a_message()
    {
        var input = Valid();
        input.Name = "<script>alert(1)</script>";
        input.DataSource = new string('x', 401);
        input.ExpectedReleaseMonth = 13;
        input.SecondaryPortfolioId = input.PortfolioId;

        var errors = KpiInputValidator.Validate(input, isNew: true);

        Assert.Contains(errors, e => e.Field == Fields.Name && e.Message.Contains("plain text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == Fields.DataSource && e.Message.Contains("400", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == Fields.ExpectedReleaseMonth);
        Assert.Contains(errors, e => e.Field == Fields.SecondaryPortfolioId);
    }

    [Fact]
    public void Data_that_comes_every_few_years_must_say_how_often()
    {
        var input = Valid();
        input.Frequency = DataFrequency.Periodic;

        Assert.Contains(KpiInputValidator.Validate(input, isNew: true), e => e.Field == Fields.FrequencyNote);
    }

    [Fact]
    public void Each_conflict_needs_a_KPI_a_reason_and_appears_once()
    {
        var input = Valid();
        input.Conflicts = [new() { KpiId = 5, Note = "Homes take green space" }, new() { KpiId = 5, Note = "Again" }, new() { KpiId = null, Note = null }];

        var errors = KpiInputValidator.Validate(input, isNew: true);

        Assert.DoesNotContain(errors, e => e.Field == "Conflicts[0]");
        Assert.Contains(errors, e => e.Field == "Conflicts[1]" && e.Message.Contains("already listed", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count(e => e.Field == "Conflicts[2]"));
    }

    [Fact]
    public void A_redefinition_needs_a_different_definition_a_period_and_a_reason()
    {
        var same = KpiInputValidator.Validate(new RedefinitionInput { NewDefinition = "Old", EffectiveFromPeriodId = 1, Reason = "r" }, "Old");
        var empty = KpiInputValidator.Validate(new RedefinitionInput(), "Old");

        Assert.Contains(same, e => e.Field == Fields.NewDefinition && e.Message.Contains("same", StringComparison.Ordinal));
        Assert.Contains(empty, e => e.Field == Fields.NewDefinition);
        Assert.Contains(empty, e => e.Field == Fields.EffectiveFromPeriodId);
        Assert.Contains(empty, e => e.Field == Fields.Reason);
    }

    [Theory]
    [InlineData(KpiStatus.Proposed, KpiStatus.Active, true)]
    [InlineData(KpiStatus.Proposed, KpiStatus.Retired, true)]
    [InlineData(KpiStatus.Proposed, KpiStatus.UnderReview, false)]
    [InlineData(KpiStatus.Active, KpiStatus.UnderReview, true)]
    [InlineData(KpiStatus.Active, KpiStatus.Proposed, false)]
    [InlineData(KpiStatus.UnderReview, KpiStatus.Active, true)]
    [InlineData(KpiStatus.UnderReview, KpiStatus.Retired, true)]
    [InlineData(KpiStatus.Retired, KpiStatus.Active, false)]
    [InlineData(KpiStatus.Retired, KpiStatus.Proposed, false)]
    public void A_KPI_moves_between_statuses_and_retired_is_final(KpiStatus from, KpiStatus to, bool allowed)
    {
        Assert.Equal(allowed, KpiStatusRules.MayMove(from, to));
    }

    [Fact]
    public void A_past_report_names_the_Cabinet_Member_of_its_time()
    {
        var holders = new[]
        {
            new PortfolioHolder { Name = "Councillor R Brown", HeldFrom = DateOnly.MinValue, HeldUntil = new DateOnly(2026, 5, 19) },
            new PortfolioHolder { Name = "Councillor A Example", HeldFrom = new DateOnly(2026, 5, 20) },
        };

        Assert.Equal("Councillor R Brown", PortfolioHolder.On(holders, new DateOnly(2025, 8, 21), "Councillor A Example"));
        Assert.Equal("Councillor A Example", PortfolioHolder.On(holders, new DateOnly(2026, 8, 20), null));
        Assert.Equal("On record", PortfolioHolder.On([], new DateOnly(2025, 8, 21), "On record"));
    }
}
