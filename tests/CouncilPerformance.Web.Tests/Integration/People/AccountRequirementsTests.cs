using System.Security.Claims;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CouncilPerformance.Web.Tests.Integration.People;

/// <summary>The rule the account-requirements middleware applies, as plain unit tests.</summary>
public sealed class AccountRequirementsTests
{
    private static readonly Claim _mustChange = new(Actor.MustChangePasswordClaim, "true");
    private static readonly Claim _setUp = new(Actor.TwoFactorSetupRequiredClaim, "true");

    [Fact]
    public void Nothing_is_required_of_an_anonymous_visitor_even_with_the_claims() =>
        Assert.Equal(AccountRequirement.None, AccountRequirements.For(new ClaimsPrincipal(new ClaimsIdentity([_mustChange]))));

    [Fact]
    public void A_temporary_password_comes_before_two_factor_set_up()
    {
        Assert.Equal(AccountRequirement.ChangePassword, AccountRequirements.For(PeopleTestUsers.Principal(_mustChange, _setUp)));
        Assert.Equal(AccountRequirement.SetUpTwoFactor, AccountRequirements.For(PeopleTestUsers.Principal(_setUp)));
        Assert.Equal(AccountRequirement.None, AccountRequirements.For(PeopleTestUsers.Principal(new Claim(ClaimTypes.Name, "x"))));
    }

    [Theory]
    [InlineData("/home", false)]
    [InlineData("/", false)]
    [InlineData("/kpis", false)]
    [InlineData("/admin/users", false)]
    [InlineData("/Account/Manage", false)]
    [InlineData("/Account/Manage/EnableAuthenticator", false)]
    [InlineData("/_blazor", false)]
    [InlineData("/_blazor/negotiate", false)]
    [InlineData("/Account/Manage/ChangePassword", true)]
    [InlineData("/account/manage/changepassword", true)]
    [InlineData("/Account/Logout", true)]
    [InlineData("/_framework/blazor.web.js", true)]
    [InlineData("/app.css", true)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", true)]
    public void While_a_password_must_change_only_that_page_sign_out_and_assets_open(string path, bool allowed) =>
        Assert.Equal(allowed, AccountRequirements.Allows(AccountRequirement.ChangePassword, new PathString(path)));

    [Theory]
    [InlineData("/home", false)]
    [InlineData("/Account/Manage/ChangePassword", false)]
    [InlineData("/Account/Manage/TwoFactorAuthentication", false)]
    [InlineData("/Account/Manage/EnableAuthenticator", true)]
    [InlineData("/Account/Logout", true)]
    public void While_an_administrator_lacks_two_factor_only_its_set_up_opens(string path, bool allowed) =>
        Assert.Equal(allowed, AccountRequirements.Allows(AccountRequirement.SetUpTwoFactor, new PathString(path)));

    [Fact]
    public void With_nothing_required_every_page_opens() =>
        Assert.True(AccountRequirements.Allows(AccountRequirement.None, new PathString("/admin/users")));
}
