using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Tests.Properties;

public class ValidationProperties
{
    [Fact]
    public void A_name_is_refused_exactly_when_its_length_is_outside_1_to_32()
    {
        foreach (var name in Generators.Samples(Generators.Text(40), 500))
        {
            var request = new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = name };
            var valid = name.Length >= 1 && name.Length <= 32;
            var error = Record.Exception(() => RequestValidator.Validate(request));
            Assert.True(valid == (error == null), $"name '{Generators.Show(name)}' ({name.Length} UTF-16 units): {error?.Message}");
            if (error != null)
            {
                Assert.Equal("Name", Assert.IsType<IdcValidationException>(error).Parameter);
            }
        }
    }

    [Fact]
    public void An_identifier_is_refused_exactly_when_it_could_change_the_url()
    {
        foreach (var id in Generators.Samples(Generators.Text(12), 500))
        {
            var unsafeForPath = id.Length == 0 || id is "." or ".." || id.Any(c => c is '/' or '?' or '#' || char.IsWhiteSpace(c) || char.IsControl(c));
            var error = Record.Exception(() => RequestValidator.ValidateIdentifier("PermissionSetId", id));
            Assert.True(unsafeForPath == (error != null), $"id '{Generators.Show(id)}'");
        }
    }

    [Fact]
    public void Tag_values_are_refused_exactly_past_255_characters()
    {
        foreach (var value in Generators.Samples(Generators.Text(260), 300, size: 300))
        {
            var request = new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = "n", Tags = { new PermissionSetTag("k", value) } };
            var error = Record.Exception(() => RequestValidator.Validate(request));
            Assert.True((value.Length <= 255) == (error == null), $"tag value of {value.Length} units");
        }
    }

    [Fact]
    public async Task Invalid_input_never_sends_a_request()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(500, "Unexpected", string.Empty));
        var client = TestClients.For(server.BaseAddress);
        var invalidNames = Generators.Samples(Generators.Text(40), 300).Where(n => n.Length is 0 or > 32).ToList();
        Assert.NotEmpty(invalidNames);

        foreach (var name in invalidNames)
        {
            await Assert.ThrowsAsync<IdcValidationException>(() =>
                client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = name }));
        }

        foreach (var policy in Generators.Samples(Generators.Text(30), 200).Where(p => JsonDocumentCheck.FindObjectProblem(p) != null))
        {
            await Assert.ThrowsAsync<IdcValidationException>(() =>
                client.PutCustomPolicyAsync(new PutCustomPolicyRequest { InstanceId = "ins-0123456789abcdef", PermissionSetId = "ps-8603aaaaaaaa14bd", Policy = policy }));
        }

        Assert.Equal(0, server.Requests);
    }
}
