using System.Collections;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class CompletionConnectionTests
{
    private static object? Identity(object? value) => value;

    private static CredentialParts? NoCredential(object? value) => null;

    [Fact]
    public void Typed_endpoint_domain_and_keys_are_read_for_completion()
    {
        var bound = new Hashtable(StringComparer.OrdinalIgnoreCase)
        {
            ["EndpointUrl"] = "http://127.0.0.1:5080",
            ["DomainId"] = "d-1",
            ["AccessKeyId"] = "AKTYPED",
            ["SecretAccessKey"] = SecureText.From("typed-secret"),
        };

        var connection = CompletionConnection.From(bound, Identity, NoCredential);

        Assert.Equal("http://127.0.0.1:5080", connection.EndpointUrl);
        Assert.Equal("d-1", connection.Input.DomainId);
        Assert.Equal("AKTYPED", connection.Input.AccessKeyId);
        Assert.Equal("typed-secret", SecureText.Read(connection.Input.SecretAccessKey!));
    }

    [Fact]
    public void A_typed_credential_takes_the_place_of_the_key_parameters()
    {
        var bound = new Hashtable { ["Credential"] = "stands for a PSCredential", ["AccessKeyId"] = "IGNORED" };

        var connection = CompletionConnection.From(bound, Identity, v => v is string ? new CredentialParts("AKCRED", SecureText.From("cred-secret")) : null);

        Assert.Equal("AKCRED", connection.Input.AccessKeyId);
    }

    [Fact]
    public void Values_of_the_wrong_type_or_not_evaluated_are_left_out()
    {
        var bound = new Hashtable { ["EndpointUrl"] = 42, ["SecretAccessKey"] = "plain text is never a secret here" };

        var connection = CompletionConnection.From(bound, Identity, NoCredential);

        Assert.Null(connection.EndpointUrl);
        Assert.Null(connection.Input.SecretAccessKey);
    }

    [Fact]
    public void Without_bound_parameters_the_session_and_environment_decide()
    {
        var connection = CompletionConnection.From(null, Identity, NoCredential);

        Assert.Null(connection.EndpointUrl);
        Assert.Null(connection.Input.AccessKeyId);
    }
}
