using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Errors;

namespace IdentityCenter.PowerShell.Tests;

public class ErrorMapperTests
{
    private static readonly CreatePermissionSetRequest Request = new() { InstanceId = "ins-e000000000000001", Name = "Admins" };
    private static readonly ItemOperation Operation = ItemOperation.CreatePermissionSet(Request);

    [Theory]
    [InlineData(400, "IdentityCenter.400", ErrorCategory.InvalidArgument)]
    [InlineData(401, "APIGW.0301", ErrorCategory.SecurityError)]
    [InlineData(403, "APIGW.0301", ErrorCategory.SecurityError)]
    [InlineData(401, null, ErrorCategory.PermissionDenied)]
    [InlineData(403, "IdentityCenter.1000", ErrorCategory.PermissionDenied)]
    [InlineData(404, "IdentityCenter.1205", ErrorCategory.ObjectNotFound)]
    [InlineData(404, "APIGW.0101", ErrorCategory.ObjectNotFound)]
    [InlineData(409, "IdentityCenter.1206", ErrorCategory.ResourceExists)]
    [InlineData(409, "IIC.1204", ErrorCategory.ResourceExists)]
    [InlineData(409, "IdentityCenter.1006", ErrorCategory.ResourceBusy)]
    [InlineData(409, "IdentityCenter.1007", ErrorCategory.ResourceBusy)]
    [InlineData(429, "APIGW.0308", ErrorCategory.LimitsExceeded)]
    [InlineData(429, null, ErrorCategory.LimitsExceeded)]
    [InlineData(500, "APIGW.0705", ErrorCategory.ConnectionError)]
    [InlineData(503, "APIGW.0801", ErrorCategory.ConnectionError)]
    [InlineData(302, "Redirect", ErrorCategory.NotSpecified)]
    [InlineData(418, null, ErrorCategory.NotSpecified)]
    public void A_service_error_is_categorised_by_status_and_code(int status, string? code, ErrorCategory expected)
    {
        var description = ErrorMapper.ForItem(new IdcServiceException(status, code, "message", "req-1", null), Operation);

        Assert.Equal(expected, description.Category);
        Assert.False(description.IsTerminating, "one item's service failure must let the batch go on");
    }

    [Theory]
    [InlineData(409, "IdentityCenter.1206", "IdentityCenter.1206")]
    [InlineData(401, "APIGW.0301", "APIGW.0301")]
    [InlineData(503, null, "IdentityCenter.Http503")]
    [InlineData(502, "", "IdentityCenter.Http502")]
    [InlineData(302, "Redirect", "IdentityCenter.Redirect")]
    [InlineData(400, "Bad,Code 1", "IdentityCenter.Bad_Code_1")]
    public void The_error_id_is_the_service_code_when_there_is_one(int status, string? code, string expected)
    {
        Assert.Equal(expected, ErrorMapper.ForItem(new IdcServiceException(status, code, "m", null, null), Operation).ErrorId);
    }

    [Fact]
    public void A_service_error_message_carries_the_target_error_msg_code_status_and_request_id()
    {
        var error = new IdcServiceException(409, "IdentityCenter.1206", "A permission set with the same name exists.", "0a1b2c3d", null);

        var description = ErrorMapper.ForItem(error, Operation);

        Assert.Equal(
            "Could not create permission set 'Admins' in instance ins-e000000000000001: A permission set with the same name exists " +
            "(error code IdentityCenter.1206, HTTP 409, request id 0a1b2c3d).",
            description.Message);
        Assert.Same(Request, description.TargetObject);
        Assert.Equal("permission set 'Admins' in instance ins-e000000000000001", description.TargetName);
        Assert.Contains("another name", description.RecommendedAction);
    }

    [Fact]
    public void A_service_error_without_request_id_or_code_still_reads_well()
    {
        var description = ErrorMapper.ForItem(new IdcServiceException(500, null, "Internal error", null, null), Operation);

        Assert.EndsWith(": Internal error (HTTP 500).", description.Message);
    }

    [Fact]
    public void A_signature_failure_advises_checking_keys_and_clock()
    {
        var description = ErrorMapper.ForItem(new IdcServiceException(401, "APIGW.0301", "Incorrect IAM authentication information", "r", null), Operation);

        Assert.Contains("secret key", description.RecommendedAction);
        Assert.Contains("clock", description.RecommendedAction);
    }

    [Fact]
    public void A_denial_with_an_encoded_authorization_message_points_to_it()
    {
        var withDetail = ErrorMapper.ForItem(new IdcServiceException(403, "IdentityCenter.1000", "denied", "r", "ENCODED"), Operation);
        var withoutDetail = ErrorMapper.ForItem(new IdcServiceException(403, "IdentityCenter.1000", "denied", "r", null), Operation);

        Assert.Contains("EncodedAuthorizationMessage", withDetail.RecommendedAction);
        Assert.DoesNotContain("EncodedAuthorizationMessage", withoutDetail.RecommendedAction);
    }

    [Fact]
    public void The_exception_is_carried_as_it_is()
    {
        var original = new IdcServiceException(409, "IdentityCenter.1206", "exists", "r", null);
        var validation = new IdcValidationException("Name", "p", "l");

        Assert.Same(original, ErrorMapper.ForItem(original, Operation).Exception);
        Assert.Same(validation, ErrorMapper.ForItem(validation, Operation).Exception);
    }

    [Fact]
    public void A_validation_error_names_the_parameter_and_its_limit()
    {
        var error = new IdcValidationException("Name", "the value is 40 characters long", "The length must be 1 to 32 characters");

        var description = ErrorMapper.ForItem(error, Operation);

        Assert.Equal(ErrorMapper.InvalidArgumentId, description.ErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, description.Category);
        Assert.Contains("parameter 'Name'", description.Message);
        Assert.Equal("Correct the value of -Name. The length must be 1 to 32 characters.", description.RecommendedAction);
        Assert.Same(Request, description.TargetObject);
        Assert.False(description.IsTerminating);
    }

    [Fact]
    public void A_transport_error_is_a_connection_error_for_this_item_only()
    {
        var description = ErrorMapper.ForItem(new IdcTransportException("The request to https://h failed: connection refused"), Operation);

        Assert.Equal(ErrorMapper.TransportId, description.ErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, description.Category);
        Assert.Contains("connection refused", description.Message);
        Assert.False(description.IsTerminating);
    }

    [Fact]
    public void A_timeout_is_reported_for_this_item_only()
    {
        var description = ErrorMapper.ForItem(new TaskCanceledException(), Operation);

        Assert.Equal(ErrorMapper.TimeoutId, description.ErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, description.Category);
        Assert.False(description.IsTerminating);
    }

    [Fact]
    public void A_configuration_error_during_a_call_stops_the_command()
    {
        var description = ErrorMapper.ForItem(new IdcConfigurationException("The account's domain id could not be looked up."), Operation);

        Assert.Equal(ErrorMapper.ConfigurationId, description.ErrorId);
        Assert.True(description.IsTerminating, "no later item could succeed either");
        Assert.Contains("-DomainId", description.RecommendedAction);
    }

    [Fact]
    public void Only_the_modules_own_failures_are_described_and_defects_propagate()
    {
        Assert.True(ErrorMapper.Describes(new IdcServiceException(500, null, "m", null, null)));
        Assert.True(ErrorMapper.Describes(new IdcValidationException("Name", "p", "l")));
        Assert.True(ErrorMapper.Describes(new IdcTransportException("t")));
        Assert.True(ErrorMapper.Describes(new IdcConfigurationException("c")));
        Assert.False(ErrorMapper.Describes(new InvalidOperationException()));
        Assert.False(ErrorMapper.Describes(new NullReferenceException()));
        Assert.Throws<ArgumentException>(() => ErrorMapper.ForItem(new InvalidOperationException(), Operation));
    }

    [Fact]
    public void The_description_text_names_id_category_and_message()
    {
        var description = ErrorMapper.ForItem(new IdcServiceException(404, "IdentityCenter.1205", "not found", null, null), Operation);

        Assert.StartsWith("IdentityCenter.1205 (ObjectNotFound): Could not create", description.ToString());
    }

    [Fact]
    public void A_change_of_unknown_outcome_has_its_own_error_id_says_it_may_have_been_applied_and_what_to_check()
    {
        var outcome = new OutcomeUnknown(["attempt 1: the connection failed without a reply"], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var throttled = new IdcServiceException(429, "APIGW.0308", "throttled", "r-429", null).WithOutcomeUnknown(outcome);

        var description = ErrorMapper.ForItem(throttled, Operation);

        Assert.Equal(ErrorMapper.OutcomeUnknownId, description.ErrorId);
        Assert.Equal(ErrorCategory.LimitsExceeded, description.Category);
        Assert.Contains("may have been applied: attempt 1", description.Message);
        Assert.StartsWith("Check whether the change to permission set 'Admins' in instance ins-e000000000000001 was made", description.RecommendedAction);
        Assert.False(description.IsTerminating);
    }

    [Fact]
    public void A_transport_failure_of_unknown_outcome_has_the_same_error_id()
    {
        var outcome = new OutcomeUnknown(["attempt 1: no reply within the attempt time limit"], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var description = ErrorMapper.ForItem(new IdcTransportException("No reply.", null, outcome), Operation);

        Assert.Equal(ErrorMapper.OutcomeUnknownId, description.ErrorId);
        Assert.Contains("may have been applied", description.Message);
        Assert.Contains("Check whether", description.RecommendedAction);
    }

    [Fact]
    public void A_permanent_transport_failure_is_not_said_to_have_been_retried()
    {
        var description = ErrorMapper.ForItem(new IdcTransportException("The connection failed: the host name could not be resolved.", null, null, permanent: true), Operation);

        Assert.Equal(ErrorMapper.TransportId, description.ErrorId);
        Assert.DoesNotContain("already retried", description.RecommendedAction);
        Assert.Contains("name resolution", description.RecommendedAction);
    }

    [Fact]
    public void A_conflict_core_does_not_retry_is_not_advised_to_be_retried_shortly()
    {
        var description = ErrorMapper.ForItem(new IdcServiceException(409, "IdentityCenter.1007", "data modification failed", "r", null), Operation);

        Assert.Equal(ErrorCategory.ResourceBusy, description.Category);
        Assert.DoesNotContain("retry shortly", description.RecommendedAction);
    }

    [Fact]
    public void An_expired_signature_is_advised_as_a_clock_problem()
    {
        var description = ErrorMapper.ForItem(new IdcServiceException(401, "APIGW.0301", "signature expired, signature time 20240115T103000Z", "r", null), Operation);

        Assert.Equal(ErrorCategory.SecurityError, description.Category);
        Assert.Contains("clock", description.RecommendedAction);
        Assert.DoesNotContain("secret key", description.RecommendedAction);
    }

    [Fact]
    public void What_core_found_about_a_taken_name_is_in_the_message()
    {
        var settled = new IdcServiceException(409, "IdentityCenter.1206", "exists", "r", null).Settled("It existed before this call's first attempt.");

        var description = ErrorMapper.ForItem(settled, Operation);

        Assert.Equal("IdentityCenter.1206", description.ErrorId);
        Assert.EndsWith("It existed before this call's first attempt.", description.Message);
    }

    [Fact]
    public void The_advice_for_a_missing_domain_id_comes_from_the_mapper_not_from_core()
    {
        var description = ErrorMapper.ForItem(new IdcConfigurationException("IAM returned no domain for access key AK, so the account's domain id is unknown."), Operation);

        Assert.DoesNotContain("-DomainId", description.Message);
        Assert.Contains("-DomainId", description.RecommendedAction);
    }

    [Fact]
    public void Keys_refused_at_the_domain_look_up_get_the_signature_advice_not_a_domain_id()
    {
        var refusal = new IdcServiceException(401, "APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail", "req-1", null);
        var failure = new IdcConfigurationException("IAM refused the signature.", refusal, credentialsRefused: true);

        var description = ErrorMapper.ForItem(failure, Operation);

        Assert.DoesNotContain("-DomainId", description.RecommendedAction);
        Assert.Contains("secret key", description.RecommendedAction);
    }
}
