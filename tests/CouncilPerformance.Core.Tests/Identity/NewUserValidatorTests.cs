using CouncilPerformance.Core.Identity;

namespace CouncilPerformance.Core.Tests.Identity;

public class NewUserValidatorTests
{
    private static NewUser Valid() => new()
    {
        Email = "new.officer@coventry.gov.uk",
        DisplayName = "New Officer",
        Role = Roles.Officer,
        ServiceAreaId = 1,
        Password = "a-first-password-1",
    };

    [Fact]
    public void A_complete_account_is_valid()
    {
        Assert.True(new NewUserValidator().Validate(Valid()).IsValid);
    }

    [Theory]
    [InlineData("", "Enter an e-mail address")]
    [InlineData("not-an-address", "Enter an e-mail address in the right format, like name@coventry.gov.uk")]
    public void A_wrong_e_mail_address_gets_one_message_saying_what_is_wrong(string email, string message)
    {
        var account = Valid();
        account.Email = email;

        var errors = new NewUserValidator().Validate(account).Errors;

        Assert.Equal(message, Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void An_empty_password_is_asked_for_without_also_being_too_short()
    {
        var account = Valid();
        account.Password = "";

        Assert.Equal("Enter a first password", Assert.Single(new NewUserValidator().Validate(account).Errors).ErrorMessage);
    }
}
