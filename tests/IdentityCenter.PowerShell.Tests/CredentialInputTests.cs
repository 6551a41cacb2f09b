using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class CredentialInputTests
{
    [Fact]
    public void Access_key_parameters_reach_the_credential_input()
    {
        var command = new NewIdcPermissionSetCommand
        {
            AccessKeyId = "AKEXAMPLE0001",
            SecretAccessKey = SecureText.From("secret-1"),
            SecurityToken = SecureText.From("token-1"),
            DomainId = "domain-1",
        };

        var input = command.BuildCredentialInput();

        Assert.Equal("AKEXAMPLE0001", input.AccessKeyId);
        Assert.Equal("secret-1", SecureText.Read(input.SecretAccessKey!));
        Assert.Equal("token-1", SecureText.Read(input.SecurityToken!));
        Assert.Equal("domain-1", input.DomainId);
    }

    [Fact]
    public void A_credential_gives_the_access_key_id_as_user_name_and_the_secret_as_password()
    {
        var command = new SetIdcCustomPolicyCommand { SecurityToken = SecureText.From("token-2"), DomainId = "domain-2" };

        var input = command.BuildCredentialInput(new CredentialParts("AKFROMCREDENTIAL", SecureText.From("secret-2")));

        Assert.Equal("AKFROMCREDENTIAL", input.AccessKeyId);
        Assert.Equal("secret-2", SecureText.Read(input.SecretAccessKey!));
        Assert.Equal("token-2", SecureText.Read(input.SecurityToken!));
        Assert.Equal("domain-2", input.DomainId);
    }

    [Fact]
    public void Without_credential_parameters_nothing_is_given_so_the_environment_is_asked()
    {
        var input = new NewIdcPermissionSetCommand().BuildCredentialInput();

        Assert.Null(input.AccessKeyId);
        Assert.Null(input.SecretAccessKey);
        Assert.Null(input.SecurityToken);
        Assert.Null(input.DomainId);
    }

    [Fact]
    public void A_domain_id_alone_is_passed_on_to_override_the_environment()
    {
        var input = new NewIdcPermissionSetCommand { DomainId = "domain-3" }.BuildCredentialInput();

        Assert.Null(input.AccessKeyId);
        Assert.Equal("domain-3", input.DomainId);
    }

    [Fact]
    public void Descriptions_of_credential_values_never_show_the_secret()
    {
        var parts = new CredentialParts("AKVISIBLE", SecureText.From("do-not-show-me"));
        var input = new NewIdcPermissionSetCommand().BuildCredentialInput(parts);

        Assert.DoesNotContain("do-not-show-me", parts.ToString());
        Assert.DoesNotContain("do-not-show-me", input.ToString());
        Assert.Contains("AKVISIBLE", parts.ToString());
    }
}
