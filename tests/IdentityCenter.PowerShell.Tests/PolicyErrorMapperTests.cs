using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Policies;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>How a policy that cannot be had, or is refused, is reported: per item, so a batch goes on.</summary>
public class PolicyErrorMapperTests
{
    private static readonly PutCustomPolicyRequest Request = new() { InstanceId = "ins-e000000000000001", PermissionSetId = "ps-8603aaaaaaaa14bd" };
    private static readonly ItemOperation Operation = ItemOperation.PutCustomPolicy(Request);

    [Theory]
    [InlineData(nameof(PolicyInputProblem.Missing), ErrorMapper.PolicyInputId, ErrorCategory.InvalidArgument)]
    [InlineData(nameof(PolicyInputProblem.Both), ErrorMapper.PolicyInputId, ErrorCategory.InvalidArgument)]
    [InlineData(nameof(PolicyInputProblem.FileNotFound), ErrorMapper.PolicyFileId, ErrorCategory.ObjectNotFound)]
    [InlineData(nameof(PolicyInputProblem.FileUnreadable), ErrorMapper.PolicyFileId, ErrorCategory.ReadError)]
    [InlineData(nameof(PolicyInputProblem.FileTooLarge), ErrorMapper.PolicyFileId, ErrorCategory.InvalidArgument)]
    [InlineData(nameof(PolicyInputProblem.NotAFileSystemPath), ErrorMapper.PolicyFileId, ErrorCategory.InvalidArgument)]
    public void Each_input_problem_has_its_id_and_category_and_lets_the_batch_go_on(string problem, string errorId, ErrorCategory category)
    {
        var kind = Enum.Parse<PolicyInputProblem>(problem);

        var description = ErrorMapper.ForPolicyInput(new PolicyInputException(kind, "/p.json", "what happened"), Operation);

        Assert.Equal(errorId, description.ErrorId);
        Assert.Equal(category, description.Category);
        Assert.False(description.IsTerminating);
        Assert.False(string.IsNullOrWhiteSpace(description.RecommendedAction));
    }

    [Fact]
    public void For_Set_IdcCustomPolicy_the_target_is_the_item_and_the_message_names_the_permission_set()
    {
        var description = ErrorMapper.ForPolicyInput(new PolicyInputException(PolicyInputProblem.FileNotFound, "/p.json", "The policy file /p.json does not exist."), Operation);

        Assert.Same(Request, description.TargetObject);
        Assert.Equal("/p.json", description.TargetName);
        Assert.StartsWith("Could not set the custom policy of permission set ps-8603aaaaaaaa14bd in instance ins-e000000000000001: ", description.Message);
    }

    [Fact]
    public void For_Test_IdcPolicy_the_target_is_the_file()
    {
        var description = ErrorMapper.ForPolicyInput(new PolicyInputException(PolicyInputProblem.FileNotFound, "/p.json", "The policy file /p.json does not exist."), null);

        Assert.Equal("/p.json", description.TargetObject);
        Assert.Equal("The policy file /p.json does not exist.", description.Message);
    }

    [Fact]
    public void A_refused_policy_is_an_invalid_argument_of_that_item_that_points_at_Test_IdcPolicy_and_the_skip_switch()
    {
        var errors = PolicyGate.Judge("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"a:b:c\"}]}", false).Errors;

        var description = ErrorMapper.ForRefusedPolicy(new PolicyValidationException(errors), Operation);

        Assert.Equal(ErrorMapper.InvalidPolicyId, description.ErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, description.Category);
        Assert.False(description.IsTerminating);
        Assert.Same(Request, description.TargetObject);
        Assert.Contains("$.Statement[0].Effect", description.Message);
        Assert.Contains("Test-IdcPolicy", description.RecommendedAction);
        Assert.Contains("-SkipPolicyValidation", description.RecommendedAction);
        Assert.Same(errors, Assert.IsType<PolicyValidationException>(description.Exception).Findings);
    }

    [Fact]
    public void A_missing_credentials_error_now_also_suggests_Connect_IdcService()
    {
        var failure = new ClientSetupException(SetupStep.Credentials, null, new Core.Errors.IdcConfigurationException("none"));

        Assert.Contains("Connect-IdcService", ErrorMapper.ForSetup(failure).RecommendedAction);
    }
}
