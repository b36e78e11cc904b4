using System.Net;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>Sign-in, lockout, sign-out and demo mode, through the real Identity pages and endpoints.</summary>
[Collection(OneAppAtATime.Name)]
public sealed class SignInTests(AppFactory app, ProductionAppFactory production)
    : IClassFixture<AppFactory>, IClassFixture<ProductionAppFactory>
{
    public static TheoryData<string> DemoEmails => [.. DemoUsers.All.Select(u => u.Email)];

    [Theory]
    [MemberData(nameof(DemoEmails))]
    public async Task Each_demo_user_can_sign_in_and_is_sent_home(string email)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await SignIn.PostAsync(client, email, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/home", Redirects.PathOf(response));
        Assert.True(SignIn.SetsCookie(response, SignIn.IdentityCookie), "The Identity cookie was not set.");

        // The cookie really signs the user in: a page for signed-in users now opens.
        using var manage = await client.GetAsync(new Uri("/Account/Manage", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_an_error()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await SignIn.PostAsync(client, "scrutiny@example.org", "Not-The-Password-1!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Invalid login attempt", Html.MainText(await response.Content.ReadAsStringAsync()));
        Assert.False(SignIn.SetsCookie(response, SignIn.IdentityCookie), "A wrong password must not set the Identity cookie.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused()
    {
        // A throwaway account, so locking it cannot disturb the other tests' demo users.
        var email = $"lockout-{Guid.NewGuid():N}@example.org";
        await CreateUserAsync(app, email, Roles.Scrutiny);
        using var client = app.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await SignIn.PostAsync(client, email, $"Wrong-Password-{attempt}!");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Invalid login attempt", Html.MainText(await wrong.Content.ReadAsStringAsync()));
        }

        using var fifth = await SignIn.PostAsync(client, email, "Wrong-Password-5!");
        Assert.Equal("/Account/Lockout", Redirects.PathOf(fifth));

        using var sixth = await SignIn.PostAsync(client, email, DemoUsers.Password);
        Assert.Equal("/Account/Lockout", Redirects.PathOf(sixth));
        Assert.False(SignIn.SetsCookie(sixth, SignIn.IdentityCookie), "A locked-out account must not be signed in.");

        using var lockoutPage = await client.GetAsync(new Uri("/Account/Lockout", UriKind.Relative));
        Assert.Contains("Locked out", Html.H1s(await lockoutPage.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task There_is_no_self_registration_page()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/Account/Register", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_lists_the_demo_accounts_in_demo_mode()
    {
        using var client = app.CreateBrowserLikeClient();

        var text = Html.MainText(await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative)));

        Assert.Contains("Demo accounts", text);
        Assert.Contains(DemoUsers.Password, text);
        Assert.All(DemoUsers.All, u => Assert.Contains(u.Email, text));
    }

    [Fact]
    public async Task In_production_without_demo_mode_the_sign_in_page_does_not_list_demo_accounts()
    {
        using var client = production.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var text = Html.MainText(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in", Html.H1s(html));
        Assert.DoesNotContain("Demo accounts", text);
        Assert.DoesNotContain(DemoUsers.Password, text);
        Assert.All(DemoUsers.All, u => Assert.DoesNotContain(u.Email, text));
    }

    [Fact]
    public async Task In_production_without_demo_mode_the_demo_users_do_not_exist()
    {
        using var client = production.CreateBrowserLikeClient();

        using var response = await SignIn.PostAsync(client, "admin@example.org", DemoUsers.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Invalid login attempt", Html.MainText(await response.Content.ReadAsStringAsync()));
        Assert.False(SignIn.SetsCookie(response, SignIn.IdentityCookie), "No one may sign in as a demo user in production.");

        await using var scope = production.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var demo in DemoUsers.All)
        {
            Assert.Null(await users.FindByEmailAsync(demo.Email));
        }
    }

    [Fact]
    public async Task Signing_out_returns_home_and_ends_the_session()
    {
        using var client = await SignIn.AsAsync(app, "cabinet@example.org");
        var token = await Html.AntiforgeryTokenAsync(client, "/home");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form);

        Assert.Equal("/", Redirects.PathOf(response));
        Assert.True(SignIn.ClearsCookie(response, SignIn.IdentityCookie), "Signing out did not delete the Identity cookie.");
        using var manage = await client.GetAsync(new Uri("/Account/Manage", UriKind.Relative));
        Assert.Equal("/Account/Login", Redirects.PathOf(manage));
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused()
    {
        using var client = await SignIn.AsAsync(app, "cabinet@example.org");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var response = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(SignIn.ClearsCookie(response, SignIn.IdentityCookie), "A forged sign-out must not end the session.");
    }

    private static async Task CreateUserAsync(AppFactory factory, string email, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Lockout test" };
        var created = await users.CreateAsync(user, DemoUsers.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
