using System.Net;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.People;

/// <summary>
/// The administrator's changes to accounts and the sign-in rules they lead to, through the real
/// sign-in form, cookies and database (SQLite), on an app of their own so the failed attempts here
/// cannot throttle other classes' sign-ins.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed partial class PeopleSignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_disabled_account_is_signed_out_at_its_next_request_and_cannot_sign_in_again()
    {
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Officer);
        var client = await SignIn.AsAsync(app, email);
        using (var before = await client.GetAsync(new Uri("/home", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var outcome = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, u) => d.SetDisabledAsync(a, u.Id, u.ConcurrencyStamp!, disabled: true));
        Assert.True(outcome.Succeeded, outcome.Message);

        // The same cookie, the very next request: refused.
        using var after = await client.GetAsync(new Uri("/home", UriKind.Relative));
        Assert.Equal("/Account/Login", Redirects.PathOf(after));

        using var fresh = app.CreateBrowserLikeClient();
        using var again = await SignIn.PostAsync(fresh, email, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Invalid login attempt", Html.MainText(await again.Content.ReadAsStringAsync()));
        Assert.False(SignIn.SetsCookie(again, SignIn.IdentityCookie), "A disabled account must not be signed in.");

        var enabled = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, u) => d.SetDisabledAsync(a, u.Id, u.ConcurrencyStamp!, disabled: false));
        Assert.True(enabled.Succeeded, enabled.Message);
        using var third = app.CreateBrowserLikeClient();
        using var signedIn = await SignIn.PostAsync(third, email, DemoUsers.Password);
        Assert.Equal("/home", Redirects.PathOf(signedIn));
    }

    [Fact]
    public async Task An_unlocked_account_can_sign_in_at_once()
    {
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Officer);
        using var client = app.CreateBrowserLikeClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await SignIn.PostAsync(client, email, $"Wrong-Password-{attempt}!");
        }

        using (var locked = await SignIn.PostAsync(client, email, DemoUsers.Password))
        {
            Assert.Equal("/Account/Lockout", Redirects.PathOf(locked));
        }

        Assert.True((await PeopleTestUsers.FindAsync(app, email)).LockoutEnd > DateTimeOffset.UtcNow);
        var outcome = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, u) => d.UnlockAsync(a, u.Id, u.ConcurrencyStamp!));
        Assert.True(outcome.Succeeded, outcome.Message);

        using var signedIn = await SignIn.PostAsync(client, email, DemoUsers.Password);
        Assert.Equal("/home", Redirects.PathOf(signedIn));
        Assert.True(SignIn.SetsCookie(signedIn, SignIn.IdentityCookie));
    }

    [Fact]
    public async Task A_temporary_password_ends_open_sessions_and_must_be_changed_before_any_other_page()
    {
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Officer);
        var oldSession = await SignIn.AsAsync(app, email);
        const string temporary = "Temporary-Key-47!";
        var outcome = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, u) => d.SetTemporaryPasswordAsync(a, u.Id, u.ConcurrencyStamp!, temporary));
        Assert.True(outcome.Succeeded, outcome.Message);

        using (var stale = await oldSession.GetAsync(new Uri("/home", UriKind.Relative)))
        {
            Assert.Equal("/Account/Login", Redirects.PathOf(stale));
        }

        var client = await SignIn.AsAsync(app, email, temporary);
        foreach (var path in new[] { "/home", "/kpis", "/Account/Manage", "/results" })
        {
            using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal("/Account/Manage/ChangePassword", Redirects.PathOf(page));
        }

        using (var form = await client.GetAsync(new Uri("/Account/Manage/ChangePassword", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            Assert.Contains("temporary password", Html.MainText(await form.Content.ReadAsStringAsync()));
        }

        // A common password is refused, and the rule still holds.
        using (var common = await PostChangePasswordAsync(client, temporary, "Liverpool2025!"))
        {
            Assert.Equal(HttpStatusCode.OK, common.StatusCode);
            Assert.Contains("most commonly used passwords", Html.MainText(await common.Content.ReadAsStringAsync()));
        }

        Assert.True((await PeopleTestUsers.FindAsync(app, email)).MustChangePassword);

        using var changed = await PostChangePasswordAsync(client, temporary, "Brand-New-Secret-91!");
        Assert.Equal("/home", Redirects.PathOf(changed));
        Assert.False((await PeopleTestUsers.FindAsync(app, email)).MustChangePassword);
        using var home = await client.GetAsync(new Uri("/home", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task An_administrator_without_two_factor_sign_in_is_sent_to_set_it_up_first_and_can()
    {
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Administrator);
        var client = await SignIn.AsAsync(app, email);
        foreach (var path in new[] { "/home", "/admin/users", "/Account/Manage/ChangePassword" })
        {
            using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal("/Account/Manage/EnableAuthenticator", Redirects.PathOf(page));
        }

        using var setup = await client.GetAsync(new Uri("/Account/Manage/EnableAuthenticator", UriKind.Relative));
        var html = await setup.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("Administrators must sign in with two factors", Html.MainText(html));
        Assert.Contains("data:image/png;base64,", html);
        var key = SharedKey().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.NotEmpty(key);

        using (var wrong = await PostSetupCodeAsync(client, Totp.WrongCode(key)))
        {
            Assert.Contains("That code is not right", Html.MainText(await wrong.Content.ReadAsStringAsync()));
        }

        using var right = await PostSetupCodeAsync(client, Totp.Code(key));
        var text = Html.MainText(await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Your recovery codes", text);
        Assert.True((await PeopleTestUsers.FindAsync(app, email)).TwoFactorEnabled);

        // The same session goes on (its cookie was renewed), now allowed everywhere.
        using var home = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        // And the next sign-in asks for a code.
        SignIn.UseAuthenticatorKey(email, key);
        using var next = app.CreateBrowserLikeClient();
        using var password = await SignIn.PostPasswordAsync(next, email, DemoUsers.Password);
        Assert.True(SignIn.LeadsToCodeStep(password), "A right password for a two-factor account must lead to the code step.");
    }

    [Fact]
    public async Task Two_factor_sign_in_needs_the_code_from_the_app_after_the_password()
    {
        using var client = app.CreateBrowserLikeClient();

        using var password = await SignIn.PostPasswordAsync(client, "admin@example.org", DemoUsers.Password);
        Assert.True(SignIn.LeadsToCodeStep(password), $"Expected the code step, got {SignIn.PathAndQuery(password)}");
        Assert.False(SignIn.SetsCookie(password, SignIn.IdentityCookie), "The password alone must not sign an administrator in.");
        using (var notYet = await client.GetAsync(new Uri("/home", UriKind.Relative)))
        {
            Assert.Equal("/Account/Login", Redirects.PathOf(notYet));
        }

        using var code = await SignIn.PostCodeAsync(client, SignIn.PathAndQuery(password), Totp.Code(DemoUsers.AdministratorAuthenticatorKey));
        Assert.Equal("/home", Redirects.PathOf(code));
        Assert.True(SignIn.SetsCookie(code, SignIn.IdentityCookie));
        using var home = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_are_refused_and_after_five_the_account_waits()
    {
        const string key = "PEOPLETESTKEYPEOPLETESTKEYPEOPLE";
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Scrutiny, key);
        using var client = app.CreateBrowserLikeClient();
        using var password = await SignIn.PostPasswordAsync(client, email, DemoUsers.Password);
        var codeStep = SignIn.PathAndQuery(password);
        Assert.StartsWith(SignIn.TwoFactorPath, codeStep, StringComparison.Ordinal);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await SignIn.PostCodeAsync(client, codeStep, Totp.WrongCode(key));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("That code is not right", Html.MainText(await wrong.Content.ReadAsStringAsync()));
            Assert.False(SignIn.SetsCookie(wrong, SignIn.IdentityCookie));
        }

        using var fifth = await SignIn.PostCodeAsync(client, codeStep, Totp.WrongCode(key));
        Assert.Equal("/Account/Lockout", Redirects.PathOf(fifth));

        // Even the right code waits now.
        using var right = await SignIn.PostCodeAsync(client, codeStep, Totp.Code(key));
        Assert.False(SignIn.SetsCookie(right, SignIn.IdentityCookie), "After five wrong codes the right one must wait too.");
    }

    [Fact]
    public async Task A_common_password_is_refused_as_a_temporary_password()
    {
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Cabinet);

        var outcome = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, u) => d.SetTemporaryPasswordAsync(a, u.Id, u.ConcurrencyStamp!, "Password123!"));

        Assert.False(outcome.Succeeded);
        Assert.Contains("most commonly used passwords", outcome.ErrorFor("Password"));
        Assert.False((await PeopleTestUsers.FindAsync(app, email)).MustChangePassword);
    }

    [Fact]
    public async Task Edits_are_audited_before_and_after_without_secrets_and_a_stale_edit_is_a_conflict()
    {
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Officer);
        var target = await PeopleTestUsers.FindAsync(app, email);
        int board;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            board = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ScrutinyBoards.Select(b => b.Id).FirstAsync();
        }

        var edit = new UserEdit { Id = target.Id, ConcurrencyStamp = target.ConcurrencyStamp!, DisplayName = "Renamed Person", Role = Roles.Scrutiny, ScrutinyBoardId = board };
        var saved = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, _) => d.UpdateAsync(a, edit));
        Assert.True(saved.Succeeded, saved.Message);

        // The same edit again carries the stamp from before the save: someone else's change came first.
        var stale = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, _) => d.UpdateAsync(a, edit));
        Assert.Equal(Core.Results.OutcomeKind.Conflict, stale.Kind);

        var temporary = await PeopleTestUsers.AsAdministratorAsync(app, email, (d, a, u) => d.SetTemporaryPasswordAsync(a, u.Id, u.ConcurrencyStamp!, "Temporary-Key-47!"));
        Assert.True(temporary.Succeeded, temporary.Message);

        await using var check = app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var after = await db.Users.AsNoTracking().SingleAsync(u => u.Id == target.Id);
        Assert.Equal("Renamed Person", after.DisplayName);
        Assert.Null(after.ServiceAreaId);
        Assert.Equal(board, after.ScrutinyBoardId);

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == target.Id || a.EntityId.StartsWith(target.Id + ",")).ToListAsync();
        var rename = Assert.Single(entries, e => e.EntityType == nameof(ApplicationUser) && e.Changes.Contains("Renamed Person", StringComparison.Ordinal));
        Assert.Contains("\"before\":\"People test\"", rename.Changes, StringComparison.Ordinal);
        // A role change names the person and the role, not their keys.
        var granted = Assert.Single(entries, e => e.EntityType == "UserRole" && e.Action == "Added" && e.Changes.Contains(Roles.Scrutiny, StringComparison.Ordinal));
        Assert.Contains($"\"User\":{{\"before\":null,\"after\":\"{email}\"}}", granted.Changes, StringComparison.Ordinal);
        Assert.Contains($"\"Role\":{{\"before\":null,\"after\":\"{Roles.Scrutiny}\"}}", granted.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(target.Id, granted.Changes, StringComparison.Ordinal);
        var removed = Assert.Single(entries, e => e.EntityType == "UserRole" && e.Action == "Deleted");
        Assert.Contains($"\"Role\":{{\"before\":\"{Roles.Officer}\",\"after\":null}}", removed.Changes, StringComparison.Ordinal);
        Assert.Contains(entries, e => e.Changes.Contains("MustChangePassword", StringComparison.Ordinal));
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain("PasswordHash", e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("SecurityStamp", e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain(after.PasswordHash!, e.Changes, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Only_an_administrator_may_change_an_account_and_not_disable_their_own()
    {
        var email = await PeopleTestUsers.CreateAsync(app, Roles.Officer);
        var target = await PeopleTestUsers.FindAsync(app, email);
        var admin = await PeopleTestUsers.FindAsync(app, "admin@example.org");
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        var officer = new Actor(target.Id, "Officer", new HashSet<string> { Roles.Officer }, target.ServiceAreaId);

        var refused = await directory.SetDisabledAsync(officer, target.Id, target.ConcurrencyStamp!, disabled: true);
        Assert.Equal(Core.Results.OutcomeKind.Refused, refused.Kind);

        var self = new Actor(admin.Id, admin.DisplayName, new HashSet<string> { Roles.Administrator }, null);
        var own = await directory.SetDisabledAsync(self, admin.Id, admin.ConcurrencyStamp!, disabled: true);
        Assert.Equal(Core.Results.OutcomeKind.Refused, own.Kind);
        Assert.False((await PeopleTestUsers.FindAsync(app, email)).IsDisabled);
        Assert.False((await PeopleTestUsers.FindAsync(app, "admin@example.org")).IsDisabled);
    }

    [Fact]
    public async Task The_account_pages_open_for_a_signed_in_person_in_the_app_layout()
    {
        var client = await app.SignedInClientAsync("cabinet@example.org");
        foreach (var (path, heading) in new[] { ("/Account/Manage", "My account"), ("/Account/Manage/ChangePassword", "Change password"), ("/Account/Manage/TwoFactorAuthentication", "Two-factor sign-in") })
        {
            using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(heading, Html.H1s(html));
            Assert.Contains("account-nav", html, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> PostChangePasswordAsync(HttpClient client, string current, string next)
    {
        var token = await Html.AntiforgeryTokenAsync(client, "/Account/Manage/ChangePassword");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = token,
            ["Input.OldPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        return await client.PostAsync(new Uri("/Account/Manage/ChangePassword", UriKind.Relative), form);
    }

    private static async Task<HttpResponseMessage> PostSetupCodeAsync(HttpClient client, string code)
    {
        var token = await Html.AntiforgeryTokenAsync(client, "/Account/Manage/EnableAuthenticator");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "send-code",
            ["__RequestVerificationToken"] = token,
            ["Input.Code"] = code,
        });
        return await client.PostAsync(new Uri("/Account/Manage/EnableAuthenticator", UriKind.Relative), form);
    }

    [GeneratedRegex(@"id=""shared-key"">([a-z2-7 ]+)<")]
    private static partial Regex SharedKey();
}
