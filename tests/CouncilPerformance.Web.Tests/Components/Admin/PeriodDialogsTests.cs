using Bunit;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CouncilPerformance.Web.Tests.Components.Admin;

public class PeriodDialogsTests : MudTestContext
{
    private static readonly DateOnly _today = new(2026, 11, 23);

    [Theory]
    [InlineData(PeriodState.NotOpen, "Not yet open")]
    [InlineData(PeriodState.Open, "Open for entry")]
    [InlineData(PeriodState.Closed, "Closed")]
    [InlineData(PeriodState.Published, "Published")]
    public void A_period_state_reads_as_words(PeriodState state, string words)
    {
        var cut = Render<PeriodStateTag>(p => p.Add(x => x.State, state));

        Assert.Equal(words, cut.Find("span").TextContent.Trim());
    }

    [Fact]
    public void The_deadline_is_required() =>
        Assert.Equal("Enter the deadline", OpenPeriodDialog.Check(null, _today));

    [Theory]
    [InlineData(2026, 11, 23)]
    [InlineData(2026, 5, 29)]
    public void The_deadline_must_be_after_today(int year, int month, int day) =>
        Assert.Equal("The deadline must be in the future", OpenPeriodDialog.Check(new DateTime(year, month, day), _today));

    [Fact]
    public void A_deadline_after_today_is_accepted() =>
        Assert.Null(OpenPeriodDialog.Check(new DateTime(2027, 5, 28), _today));

    [Fact]
    public async Task Opening_without_a_deadline_says_what_is_missing_and_stays_open()
    {
        var (provider, reference) = await ShowAsync<OpenPeriodDialog>(new DialogParameters<OpenPeriodDialog>
        {
            { d => d.PeriodLabel, "2026/27" },
            { d => d.Today, _today },
        });

        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Open for entry").Click();

        provider.WaitForAssertion(() => Assert.Contains("Enter the deadline", provider.Markup, StringComparison.Ordinal));
        Assert.False(reference.Result.IsCompleted);
    }

    [Fact]
    public async Task Opening_with_a_suggested_future_deadline_returns_it()
    {
        var (provider, reference) = await ShowAsync<OpenPeriodDialog>(new DialogParameters<OpenPeriodDialog>
        {
            { d => d.PeriodLabel, "2026/27" },
            { d => d.Today, _today },
            { d => d.Suggested, new DateOnly(2027, 5, 28) },
        });

        Assert.Equal("Open 2026/27 for entry", provider.Find("h2").TextContent.Trim());
        Assert.NotNull(provider.Find("label[for='period-deadline']"));
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Open for entry").Click();

        var result = await reference.Result;
        Assert.Equal(new DateOnly(2027, 5, 28), result!.Data);
    }

    [Fact]
    public async Task Changing_the_deadline_of_an_open_period_says_so()
    {
        var (provider, _) = await ShowAsync<OpenPeriodDialog>(new DialogParameters<OpenPeriodDialog>
        {
            { d => d.PeriodLabel, "2025/26" },
            { d => d.Today, _today },
            { d => d.AlreadyOpen, true },
        });

        Assert.Equal("Change the deadline for 2025/26", provider.Find("h2").TextContent.Trim());
        Assert.Contains(provider.FindAll("button"), b => b.TextContent.Trim() == "Change the deadline");
    }

    [Fact]
    public async Task Publishing_warns_that_the_results_become_public_and_final()
    {
        var (provider, reference) = await ShowAsync<ConfirmPublishDialog>(new DialogParameters<ConfirmPublishDialog>
        {
            { d => d.PeriodLabel, "2025/26" },
        });

        Assert.Equal("Publish 2025/26?", provider.Find("h2").TextContent.Trim());
        Assert.Contains("public and final", provider.Find(".mud-dialog-content").TextContent, StringComparison.Ordinal);
        Assert.Contains("/performance/2025-26", provider.Find(".mud-dialog-content").TextContent, StringComparison.Ordinal);
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Publish 2025/26").Click();

        Assert.False((await reference.Result)!.Canceled);
    }

    [Fact]
    public async Task Cancelling_publishing_publishes_nothing()
    {
        var (provider, reference) = await ShowAsync<ConfirmPublishDialog>(new DialogParameters<ConfirmPublishDialog>
        {
            { d => d.PeriodLabel, "2025/26" },
        });

        var buttons = provider.FindAll(".mud-dialog-actions button");
        Assert.Equal("Cancel", buttons[0].TextContent.Trim());
        buttons[0].Click();

        Assert.True((await reference.Result)!.Canceled);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Reference)> ShowAsync<TDialog>(DialogParameters parameters)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var provider = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await service.ShowAsync<TDialog>("", parameters));
        return (provider, reference!);
    }
}
