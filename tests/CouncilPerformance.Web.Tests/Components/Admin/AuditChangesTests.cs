using Bunit;
using CouncilPerformance.Web.Features.Admin.Components;

namespace CouncilPerformance.Web.Tests.Components.Admin;

public class AuditChangesTests : MudTestContext
{
    private IRenderedComponent<AuditChanges> RenderChanges(string json, string action = "Modified") =>
        Render<AuditChanges>(p => p.Add(x => x.Json, json).Add(x => x.Action, action));

    private static string[] Lines(IRenderedComponent<AuditChanges> cut) =>
        [.. cut.FindAll("li").Select(li => li.TextContent.Trim())];

    [Fact]
    public void Shows_a_changed_value_as_before_and_after()
    {
        var cut = RenderChanges("""{"Value":{"before":1.0,"after":2.0}}""");

        Assert.Equal(["Value: 1 → 2"], Lines(cut));
    }

    [Fact]
    public void Shows_each_changed_property_on_its_own_line_with_readable_names()
    {
        var cut = RenderChanges("""{"AmberTolerance":{"before":0.5,"after":0.4},"State":{"before":"Open","after":"Closed"}}""");

        Assert.Equal(["Amber tolerance: 0.5 → 0.4", "State: Open → Closed"], Lines(cut));
    }

    [Fact]
    public void A_recorded_value_with_markup_in_it_is_shown_as_text_and_never_becomes_markup()
    {
        var cut = RenderChanges("""{"Commentary":{"before":"<script>alert(1)</script>","after":"<b>bold</b> & \"quoted\""}}""");

        Assert.Equal(["Commentary: <script>alert(1)</script> → <b>bold</b> & \"quoted\""], Lines(cut));
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_empty_for_a_value_that_was_or_became_null()
    {
        var cut = RenderChanges("""{"ReturnComment":{"before":"Check the figure","after":null}}""");

        Assert.Equal(["Return comment: Check the figure → (empty)"], Lines(cut));
    }

    [Fact]
    public void Shows_dates_and_yes_or_no_as_the_rest_of_the_app_does()
    {
        var cut = RenderChanges("""{"EntryDeadline":{"before":"2026-05-29","after":"2027-06-30"},"IsIllustrative":{"before":true,"after":false},"PublishedAt":{"before":null,"after":"2026-11-23T10:15:00Z"}}""");

        Assert.Equal(
            ["Entry deadline: 29 May 2026 → 30 June 2027", "Is illustrative: Yes → No", "Published at: (empty) → 23 November 2026, 10:15"],
            Lines(cut));
    }

    [Fact]
    public void Shows_only_the_values_a_new_record_was_created_with_leaving_out_empty_ones()
    {
        var cut = RenderChanges("""{"Value":{"before":null,"after":95.5},"Note":{"before":null,"after":null}}""", "Added");

        Assert.Equal(["Value: 95.5"], Lines(cut));
    }

    [Fact]
    public void Folds_a_new_records_many_values_under_a_summary()
    {
        var cut = RenderChanges(
            """{"KpiId":{"before":null,"after":3},"ReportingPeriodId":{"before":null,"after":4},"Value":{"before":null,"after":95.5},"AmberTolerance":{"before":null,"after":0.5}}""",
            "Added");

        Assert.Equal("4 values set", cut.Find("details > summary").TextContent.Trim());
        Assert.Contains("Kpi id: 3", Lines(cut));
    }

    [Fact]
    public void Shows_the_old_values_of_a_deleted_record()
    {
        var cut = RenderChanges("""{"Value":{"before":12.0,"after":null}}""", "Deleted");

        Assert.Equal(["Value: 12"], Lines(cut));
    }

    [Fact]
    public void Shows_text_that_is_not_the_expected_json_as_it_is()
    {
        var cut = RenderChanges("not json at all");

        Assert.Equal("not json at all", cut.Find("code").TextContent);
        Assert.Empty(cut.FindAll("li"));
    }

    [Fact]
    public void Offers_no_way_to_change_anything()
    {
        var cut = RenderChanges("""{"Value":{"before":1.0,"after":2.0}}""");

        Assert.Empty(cut.FindAll("button, input, textarea, select, form"));
    }

    [Theory]
    [InlineData("AmberTolerance", "Amber tolerance")]
    [InlineData("ReportingPeriod", "Reporting period")]
    [InlineData("Value", "Value")]
    [InlineData("KpiId", "Kpi id")]
    public void Humanize_turns_a_property_name_into_words(string name, string expected) =>
        Assert.Equal(expected, AuditChanges.Humanize(name));
}
