using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>People: the administrator looks after accounts; everyone looks after their own sign-in.</summary>
public sealed class PeopleJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Fact]
    public async Task The_administrator_unlocks_a_locked_officer_who_then_signs_in()
    {
        const string name = "Lena Locked";
        var officer = await App.CreateUserAsync(Roles.Officer, name);

        // Five wrong passwords lock the account.
        var login = new LoginPage(Page);
        await login.GotoAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = $"Wrong-Password-{attempt}!";
            await Page.RunAndWaitForResponseAsync(
                () => login.SubmitAsync(officer, wrong),
                r => r.Request.Method == "POST" && r.Url.Contains("/Account/Login", StringComparison.Ordinal));
        }

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Lockout$"));
        await CheckPageAsync("people-locked-out");

        // The administrator finds the officer locked out and unlocks the account.
        var context = await App.NewContextAsync();
        var adminPage = await context.NewPageAsync();
        var adminLogin = new LoginPage(adminPage);
        await adminLogin.GotoAsync();
        await adminLogin.SignInAsync(DemoAccounts.Administrator);
        var users = new UsersAdminPage(adminPage);
        await users.GotoAsync(UsersAdminPage.Path);
        var row = users.Main.GetByRole(AriaRole.Row).Filter(new() { HasText = officer });
        await Expect(row).ToContainTextAsync("Yes");
        await Screenshots.SaveAsync(adminPage, "people-users");
        await Accessibility.AssertNoViolationsAsync(adminPage);

        var edit = await UserEditPage.OpenFromListAsync(adminPage, name);
        await edit.WaitForInteractiveAsync();
        await Expect(edit.Status).ToHaveTextAsync("Locked out");
        await Screenshots.SaveAsync(adminPage, "people-user-locked");
        await Accessibility.AssertNoViolationsAsync(adminPage);
        await edit.UnlockButton.ClickAsync();
        await Expect(edit.Confirmation("The account is unlocked")).ToBeVisibleAsync();
        await Expect(edit.Status).ToHaveTextAsync("Active");
        await Expect(edit.UnlockButton).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(adminPage, "people-user-unlocked");
        await Accessibility.AssertNoViolationsAsync(adminPage);
        await context.DisposeAsync();

        // The officer signs in at once with the right password.
        await login.GotoAsync();
        var shell = await login.SignInAsync(officer);
        await shell.ExpectPathAsync("/home");
        await CheckPageAsync("people-officer-home-after-unlock");
    }

    [Fact]
    public async Task The_administrator_creates_an_officers_account_and_finds_it_in_the_list_by_search()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var name = $"Nadia New {unique}";
        var email = $"nadia.new.{unique}@example.org";
        await SignInAsAsync(DemoAccounts.Administrator);
        var users = new UsersAdminPage(Page);
        await users.GotoAsync(UsersAdminPage.Path);

        var form = await users.OpenNewAccountAsync();
        await CheckPageAsync("people-new-account");

        // An address in the wrong format is marked at its field, and nothing is created.
        await form.FillOfficerAsync(name, "nadia.new", "Fresh-Start-2026!");
        await form.CreateButton.ClickAsync();
        await Expect(form.Problem).ToContainTextAsync("The account was not created");
        await Expect(form.Email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Main).ToContainTextAsync("Enter an e-mail address in the right format");
        await form.ExpectPathAsync(NewAccountPage.Path);
        await CheckPageAsync("people-new-account-invalid");

        await form.Email.FillAsync(email);
        await form.CreateButton.ClickAsync();
        await users.ExpectPathAsync($"{UsersAdminPage.Path}?q={Uri.EscapeDataString(email)}&created=true");
        await users.WaitForInteractiveAsync();
        await Expect(users.Created).ToContainTextAsync($"Account created for {email}.");
        await Expect(users.Row(email)).ToContainTextAsync("Must change password");
        await CheckPageAsync("people-account-created");

        // Searched for by name from the whole list, the account is there with its role.
        await users.GotoAsync(UsersAdminPage.Path);
        await Expect(users.Created).ToHaveCountAsync(0);
        await users.SearchAsync(name);
        await Expect(users.Main.GetByRole(AriaRole.Status)).ToHaveTextAsync("Showing 1 to 1 of 1 account");
        var row = users.Row(email);
        await Expect(row).ToContainTextAsync(name);
        await Expect(row).ToContainTextAsync("Officer");
        await Expect(row).ToContainTextAsync("Must change password");
        await Expect(users.Search).ToHaveValueAsync(name);
    }

    [Fact]
    public async Task A_person_sets_up_an_authenticator_app_and_then_signs_in_with_a_code()
    {
        var email = await App.CreateUserAsync(Roles.Cabinet, "Tomas Twofactor");
        await SignInAsAsync(email);

        var account = new AccountPages(Page);
        await account.OpenFromAppBarAsync();
        await Expect(account.Main).ToContainTextAsync("Off");
        await CheckPageAsync("people-my-account");

        await account.AccountMenu.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        await account.ExpectHeadingAsync("Two-factor sign-in");
        await CheckPageAsync("people-two-factor-off");
        await account.Main.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();
        await account.ExpectHeadingAsync("Set up an authenticator app");
        await Expect(account.QrCode).ToBeVisibleAsync();
        await CheckPageAsync("people-enable-authenticator");

        var key = (await account.SharedKey.InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await account.CodeField.FillAsync(Core.Tests.Totp.WrongCode(key));
        await account.Button("Turn on two-factor sign-in").ClickAsync();
        await Expect(account.Main).ToContainTextAsync("That code is not right");

        await account.CodeField.FillAsync(Core.Tests.Totp.Code(key));
        await account.Button("Turn on two-factor sign-in").ClickAsync();
        await account.ExpectTwoFactorOnAsync();
        await CheckPageAsync("people-recovery-codes");

        // Signing in again asks for the app's code after the password.
        LoginPage.UseAuthenticatorKey(email, key);
        var shellBefore = new AppShell(Page);
        await shellBefore.GotoAsync("/home");
        await shellBefore.SignOutAsync();
        var login = new LoginPage(Page);
        await login.GotoAsync();
        await login.Email.FillAsync(email);
        await login.Password.FillAsync(DemoUsers.Password);
        await login.SignInButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(LoginPage.TwoFactorUrl());
        await CheckPageAsync("people-code-step");
        await login.CodeField.FillAsync(Core.Tests.Totp.Code(key));
        await login.SignInButton.ClickAsync();
        var shell = new AppShell(Page);
        await shell.ExpectPathAsync("/home");
    }

    [Fact]
    public async Task A_temporary_password_from_the_administrator_must_be_changed_before_anything_else()
    {
        const string name = "Priya Temporary";
        var email = await App.CreateUserAsync(Roles.Scrutiny, name);

        var edit = await OpenAsAdministratorAsync(name);
        await edit.TemporaryPassword.FillAsync("Temporary-Key-47!");
        await edit.SetTemporaryPasswordButton.ClickAsync();
        await Expect(edit.Confirmation("The temporary password is set")).ToBeVisibleAsync();
        await Expect(edit.Status).ToContainTextAsync("must change the temporary password");
        await CheckPageAsync("people-temporary-password");
        await edit.SignOutAsync();

        var login = new LoginPage(Page);
        await login.GotoAsync();
        await login.SubmitAsync(email, "Temporary-Key-47!");
        var account = new AccountPages(Page);
        await account.ExpectPathAsync("/Account/Manage/ChangePassword");
        await Expect(account.Main).ToContainTextAsync("temporary password from the performance team");
        await CheckPageAsync("people-must-change-password");

        // Any other page sends the person back.
        await Page.GotoAsync("/kpis");
        await account.ExpectPathAsync("/Account/Manage/ChangePassword");

        await account.ChangePasswordAsync("Temporary-Key-47!", "Summer2025!");
        await Expect(account.Main).ToContainTextAsync("most commonly used passwords");
        await CheckPageAsync("people-common-password-refused");

        await account.ChangePasswordAsync("Temporary-Key-47!", "Brand-New-Secret-91!");
        await account.ExpectPathAsync("/home");
        await account.WaitForInteractiveAsync();
    }

    private async Task<UserEditPage> OpenAsAdministratorAsync(string displayName)
    {
        await SignInAsAsync(DemoAccounts.Administrator);
        var edit = await UserEditPage.OpenFromListAsync(Page, displayName);
        await edit.WaitForInteractiveAsync();
        return edit;
    }
}
