using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;

namespace CouncilPerformance.Core.Tests.Identity;

public sealed class CommonPasswordValidatorTests
{
    [Fact]
    public void The_bundled_list_holds_ten_thousand_common_passwords() =>
        Assert.InRange(CommonPasswordValidator.Count, 9_000, 10_000);

    [Theory]
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("qwertyuiop")]
    [InlineData("1234567890")]
    [InlineData("Password123!")]
    [InlineData("Summer2025!")]
    [InlineData("Liverpool2025!")]
    [InlineData("Coventry1!")]
    [InlineData("  Welcome1! ")]
    public void A_common_password_or_a_common_word_with_digits_and_symbols_added_is_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData(DemoUsers.Password)]
    [InlineData("Brand-New-Secret-91!")]
    [InlineData("Temporary-Key-47!")]
    [InlineData("correct horse battery staple")]
    [InlineData("")]
    public void An_uncommon_password_is_allowed(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("jo.bloggs@coventry.gov.uk")]
    [InlineData("Jo.Bloggs2025!")]
    public void The_persons_own_e_mail_address_or_its_name_part_is_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password, "jo.bloggs@coventry.gov.uk"));

    [Fact]
    public async Task The_validator_answers_with_a_clear_message()
    {
        var validator = new CommonPasswordValidator();

        var refused = await validator.ValidateAsync(null!, new ApplicationUser { Email = "a@example.org" }, "Monkey2024!");
        var allowed = await validator.ValidateAsync(null!, new ApplicationUser { Email = "a@example.org" }, "Brand-New-Secret-91!");

        var error = Assert.Single(refused.Errors);
        Assert.Equal(CommonPasswordValidator.Code, error.Code);
        Assert.Contains("most commonly used passwords", error.Description);
        Assert.True(allowed.Succeeded);
    }
}
