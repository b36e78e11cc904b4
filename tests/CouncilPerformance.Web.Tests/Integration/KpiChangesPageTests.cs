using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Kpis.Admin;
using CouncilPerformance.Core.Results;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The administrator redefines the fly-tipping KPI, changes the kind of one year's target and
/// replaces the KPI, through the app's own services as the signed-in administrator; each change is
/// then on the KPI page, with who and when, for an officer, a scrutiny member and a Cabinet Member.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class KpiChangesPageTests(KpiChangesPageTests.ChangedApp app) : IClassFixture<KpiChangesPageTests.ChangedApp>
{
    private static readonly CultureInfo _uk = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("officer@example.org")]
    [InlineData("scrutiny@example.org")]
    [InlineData("cabinet@example.org")]
    public async Task Redefinition_replacement_and_target_kind_change_are_on_the_KPI_page_with_who_and_when(string email)
    {
        var changes = await app.ChangesAsync();
        var client = await app.SignedInClientAsync(email);

        var page = Html.MainText(await client.GetStringAsync(new Uri("/kpis/FLY-TIPS", UriKind.Relative)));
        var replacement = Html.MainText(await client.GetStringAsync(new Uri("/kpis/FLY-TIPS-HOTSPOTS", UriKind.Relative)));

        var when = changes.At.ToString("d MMMM yyyy", _uk);
        Assert.Contains("Changes to the definition", page, StringComparison.Ordinal);
        Assert.Contains($"Recorded by {changes.By} on {when}", page, StringComparison.Ordinal);
        Assert.Contains("Fly-tips reported, cleared and enforced, by incident.", page, StringComparison.Ordinal);

        Assert.Contains("Replaced by Fly-tipping hot spots cleared within a week", page, StringComparison.Ordinal);
        Assert.Contains("Why: Recommendation a) asks for a measure of hot spots.", page, StringComparison.Ordinal);
        Assert.Contains("Replaces Fly-tips reported in the city", replacement, StringComparison.Ordinal);
        Assert.Contains($"Recorded by {changes.By} on {when}", replacement, StringComparison.Ordinal);

        Assert.Contains("Changes to targets", page, StringComparison.Ordinal);
        Assert.Matches($@"{Regex.Escape(changes.Period)}\s*:\s*{Regex.Escape(changes.TargetBefore)} → To decrease", page);
        Assert.Contains("the kind of target changed from a number to a direction", page, StringComparison.Ordinal);
        Assert.Contains($"Changed by {changes.By} on {when}", page, StringComparison.Ordinal);
    }

    /// <summary>The changes made once for the class, as the demo administrator.</summary>
    public sealed record Changes(string By, DateTime At, string Period, string TargetBefore);

    /// <summary>The app, with the changes made on first use.</summary>
    public sealed class ChangedApp : AppFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private Changes? _changes;

        public async Task<Changes> ChangesAsync()
        {
            await _gate.WaitAsync();
            try
            {
                return _changes ??= await MakeAsync();
            }
            finally
            {
                _gate.Release();
            }
        }

        private async Task<Changes> MakeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<AppDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "admin@example.org");

            // The audit log names whoever the scope's user is, as in a circuit.
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.DisplayName)], "test"));
            ((IHostEnvironmentAuthenticationStateProvider)sp.GetRequiredService<AuthenticationStateProvider>())
                .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
            var admin = new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.Administrator }, null);
            var kpis = sp.GetRequiredService<KpiAdminService>();
            var before = DateTime.UtcNow;

            var fly = (await kpis.GetEditorAsync("FLY-TIPS"))!;
            var options = await kpis.GetFormOptionsAsync();
            var redefined = await kpis.RedefineAsync(admin, fly.Id,
                new RedefinitionInput { NewDefinition = "Fly-tips reported, cleared and enforced, by incident.", EffectiveFromPeriodId = options.Periods.Single(p => p.Name == "2025/26").Id, Reason = "Recommendation a)." },
                fly.Version);
            Assert.True(redefined.Succeeded, redefined.Message);

            // A number first, then a direction: whatever the plan's loading set for the year.
            var targets = sp.GetRequiredService<TargetService>();
            var period = await db.ReportingPeriods.AsNoTracking().SingleAsync(p => p.StartYear == 2025);
            var number = await targets.SetAsync(admin, fly.Id, period.Id, new TargetInput(TargetKind.Value, 6000m), await TargetVersionAsync(db, fly.Id, period.Id));
            Assert.True(number.Succeeded, number.Message);
            var direction = await targets.SetAsync(admin, fly.Id, period.Id, new TargetInput(TargetKind.Direction), await TargetVersionAsync(db, fly.Id, period.Id));
            Assert.True(direction.Succeeded, direction.Message);

            var input = (await kpis.GetEditorAsync("FLY-TIPS"))!.Input;
            input.Code = "FLY-TIPS-HOTSPOTS";
            input.Name = "Fly-tipping hot spots cleared within a week";
            input.Conflicts = [];
            var added = await kpis.CreateAsync(admin, input, KpiStatus.Active);
            Assert.True(added.Succeeded, added.Message);
            fly = (await kpis.GetEditorAsync("FLY-TIPS"))!;
            var replaced = await kpis.ReplaceAsync(admin, fly.Id, new ReplacementInput { ReplacementKpiId = added.Id!.Value, Reason = "Recommendation a) asks for a measure of hot spots." }, fly.Version);
            Assert.True(replaced.Succeeded, replaced.Message);

            var after = DateTime.UtcNow;
            Assert.Equal(before.Date, after.Date);
            return new Changes(user.DisplayName, before, period.Label, "6,000");
        }

        private static Task<Guid?> TargetVersionAsync(AppDbContext db, int kpiId, int periodId) =>
            db.Targets.AsNoTracking().Where(t => t.KpiId == kpiId && t.ReportingPeriodId == periodId).Select(t => (Guid?)t.Version).FirstOrDefaultAsync();
    }
}
