using System.Text.Json;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Tests.Results.Rules;

public sealed class CorrectionHistoryTests
{
    [Fact]
    public async Task A_correction_keeps_the_old_comparators_and_not_available_details_in_the_version()
    {
        // Arrange: NEET has comparators in 2024/25; the correction clears England's and changes the value.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var before = await world.ResultAsync("NEET-16-17", 2024);
        var englandBefore = Assert.Single(before!.Comparators, c => c.Comparator == Comparator.England).Value;
        var input = await world.LoadInputAsync("NEET-16-17", 2024);
        input.Comparators[Comparator.England] = null;
        input.Value = (input.Value ?? 0) + 0.1m;
        input.Commentary ??= "Corrected after the DfE revised its figures.";
        input.CorrectionReason = "DfE revised figures";

        // Act
        var outcome = await world.Entry.CorrectAsync(admin, input);

        // Assert
        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var after = await world.ResultAsync("NEET-16-17", 2024);
        Assert.DoesNotContain(after!.Comparators, c => c.Comparator == Comparator.England);
        var version = Assert.Single(after.Versions);
        using var details = JsonDocument.Parse(version.DetailsJson!);
        Assert.Equal(englandBefore, details.RootElement.GetProperty("comparators").GetProperty("England").GetDecimal());
        Assert.Equal(before.PeriodNote, version.PeriodNote);
    }
}
