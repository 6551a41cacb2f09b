using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Tests;

public class AssignmentMappingTests
{
    private const string Instance = "ins-e000000000000001";

    [Theory]
    [InlineData("GROUP", "GROUP")]
    [InlineData("group", "GROUP")]
    [InlineData("User", "USER")]
    public void A_grant_reaches_the_request_with_the_principal_type_in_the_documented_spelling(string given, string sent)
    {
        var command = new NewIdcAccountAssignmentCommand
        {
            InstanceId = Instance,
            PermissionSetId = "ps-8603aaaaaaaa14bd",
            PrincipalType = given,
            PrincipalId = "9c2e0000-0000-4000-8000-000000000001",
            AccountId = "e0000000000000000000000000000002",
        };

        var request = command.BuildRequest();

        Assert.Equal((Instance, "ps-8603aaaaaaaa14bd", sent, "9c2e0000-0000-4000-8000-000000000001", "e0000000000000000000000000000002"),
            (request.InstanceId, request.PermissionSetId, request.PrincipalType, request.PrincipalId, request.AccountId));
    }

    [Fact]
    public void The_ShouldProcess_words_name_the_grant_and_the_instance()
    {
        var request = new RemoveIdcAccountAssignmentCommand
        {
            InstanceId = Instance, PermissionSetId = "ps-1", PrincipalType = "USER", PrincipalId = "u-1", AccountId = "a-1",
        }.BuildRequest();

        var create = AssignmentOperations.Change(request, AssignmentOperation.Create);
        var delete = AssignmentOperations.Change(request, AssignmentOperation.Delete);

        Assert.Equal("permission set ps-1 for user u-1 on account a-1 in instance " + Instance, create.Target);
        Assert.Equal(("Grant", "Remove grant"), (create.Action, delete.Action));
        Assert.Same(request, delete.Resource);
    }

    [Theory]
    [InlineData("a-1", false, null)]
    [InlineData(null, true, null)]
    [InlineData("", true, null)]
    [InlineData(null, false, "neither -AccountId nor -AllProvisionedAccounts was given")]
    [InlineData("a-1", true, "-AccountId and -AllProvisionedAccounts were both given")]
    public void Provisioning_needs_exactly_one_target(string? account, bool all, string? problem)
    {
        var command = new InstallIdcPermissionSetCommand { InstanceId = Instance, PermissionSetId = "ps-1", AccountId = account };

        Assert.Equal(problem, InstallIdcPermissionSetCommand.TargetProblem(account, all));
        if (problem == null)
        {
            Assert.Equal(all ? null : "a-1", command.BuildRequest().AccountId);
        }
    }

    [Fact]
    public void Provisioning_to_all_accounts_sends_no_account()
    {
        var request = new InstallIdcPermissionSetCommand { InstanceId = Instance, PermissionSetId = "ps-1", AccountId = "" }.BuildRequest();

        Assert.Null(request.AccountId);
        Assert.Equal(TargetTypes.AllProvisionedAccounts, request.TargetType);
    }

    [Fact]
    public void Listing_by_account_keeps_the_permission_set_as_the_services_filter()
    {
        var query = new GetIdcAccountAssignmentCommand { InstanceId = Instance, AccountId = "a-1", PermissionSetId = "ps-1" }.BuildQuery();

        Assert.Equal(("a-1", "ps-1", null), (query.AccountId, query.PermissionSetId, query.PrincipalId));
    }

    [Fact]
    public void Listing_by_principal_filters_the_permission_set_itself()
    {
        var query = new GetIdcAccountAssignmentCommand { InstanceId = Instance, PrincipalId = "g-1", PrincipalType = "group", PermissionSetId = "ps-1" }.BuildQuery();
        var grants = new[]
        {
            new AccountAssignment { PermissionSetId = "ps-1", AccountId = "a-1" },
            new AccountAssignment { PermissionSetId = "ps-2", AccountId = "a-1" },
        };

        Assert.Equal(("g-1", PrincipalTypes.Group), (query.PrincipalId, query.PrincipalType));
        Assert.Equal(new[] { "ps-1" }, query.Filter(grants).Select(g => g.PermissionSetId));
    }

    [Theory]
    [InlineData(null, null, null, "AccountId")]
    [InlineData(null, "g-1", null, "PrincipalType")]
    [InlineData(null, null, "GROUP", "PrincipalId")]
    [InlineData("", "", "", "AccountId")]
    public void A_listing_without_an_account_or_a_whole_principal_names_the_parameter_to_give(string? account, string? principal, string? type, string parameter)
    {
        var command = new GetIdcAccountAssignmentCommand { InstanceId = Instance, AccountId = account, PrincipalId = principal, PrincipalType = type };

        var error = Assert.Throws<IdcValidationException>(() => command.BuildQuery());

        Assert.Equal(parameter, error.Parameter);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("LatestProvisioned", ProvisioningStates.LatestProvisioned)]
    [InlineData("latestnotprovisioned", ProvisioningStates.LatestNotProvisioned)]
    [InlineData(ProvisioningStates.LatestNotProvisioned, ProvisioningStates.LatestNotProvisioned)]
    public void The_provisioning_filter_takes_the_short_names_and_the_APIs(string? given, string? sent)
    {
        Assert.Equal(sent, new GetIdcProvisionedPermissionSetCommand { ProvisioningStatus = given }.ProvisioningFilter());
    }

    [Theory]
    [InlineData(300, 300)]
    [InlineData(1.5, 1.5)]
    [InlineData("90", 90)]
    public void A_timeout_given_as_a_number_means_seconds(object given, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), new TimeoutTransformationAttribute().Transform(null!, given));
    }

    [Fact]
    public void A_timeout_given_as_a_TimeSpan_or_its_text_is_left_to_PowerShell()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), new TimeoutTransformationAttribute().Transform(null!, TimeSpan.FromMinutes(5)));
        Assert.Equal("00:05:00", new TimeoutTransformationAttribute().Transform(null!, "00:05:00"));
    }
}
