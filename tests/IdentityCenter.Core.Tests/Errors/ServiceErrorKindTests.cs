using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Tests.Errors;

public class ServiceErrorKindTests
{
    [Theory]
    [InlineData(409, "IdentityCenter.1206", ServiceErrorKind.NameTaken)]
    [InlineData(409, "IIC.1204", ServiceErrorKind.NameTaken)]
    [InlineData(409, " identitycenter.1206 ", ServiceErrorKind.NameTaken)]
    [InlineData(409, "IdentityCenter.1006", ServiceErrorKind.ConcurrentChange)]
    [InlineData(409, "iic.1006", ServiceErrorKind.ConcurrentChange)]
    [InlineData(409, "IdentityCenter.1007", ServiceErrorKind.ModificationFailed)]
    [InlineData(409, "IdentityCenter.1207", ServiceErrorKind.Conflict)]
    [InlineData(409, null, ServiceErrorKind.Conflict)]
    [InlineData(404, "IdentityCenter.1205", ServiceErrorKind.NotFound)]
    [InlineData(404, "APIGW.0101", ServiceErrorKind.NotFound)]
    [InlineData(404, "IdentityCenter.1002", ServiceErrorKind.InvalidArgument)]
    [InlineData(403, "IdentityCenter.1003", ServiceErrorKind.InvalidArgument)]
    [InlineData(403, "IdentityCenter.1000", ServiceErrorKind.PermissionDenied)]
    [InlineData(401, null, ServiceErrorKind.PermissionDenied)]
    [InlineData(401, "APIGW.0301", ServiceErrorKind.SignatureRefused)]
    [InlineData(429, null, ServiceErrorKind.Throttled)]
    [InlineData(403, "apigw.0308", ServiceErrorKind.Throttled)]
    [InlineData(400, "IdentityCenter.400", ServiceErrorKind.InvalidArgument)]
    [InlineData(503, "APIGW.0801", ServiceErrorKind.ServerError)]
    [InlineData(501, null, ServiceErrorKind.Other)]
    [InlineData(302, "Redirect", ServiceErrorKind.Redirect)]
    [InlineData(418, null, ServiceErrorKind.Other)]
    public void Status_and_code_give_one_kind(int status, string? code, ServiceErrorKind expected)
    {
        Assert.Equal(expected, new IdcServiceException(status, code, "message", null, null).Kind);
    }

    [Fact]
    public void An_expired_signature_is_told_apart_from_wrong_keys()
    {
        var expired = new IdcServiceException(401, "APIGW.0301", "Incorrect IAM authentication information: signature expired, signature time 20240115T103000Z", null, null);

        Assert.Equal(ServiceErrorKind.ClockSkew, expired.Kind);
    }

    [Fact]
    public void The_parser_and_the_retry_decision_read_the_same_kind()
    {
        var parsed = ServiceErrorParser.Parse(403, System.Text.Encoding.UTF8.GetBytes("{\"error\":{\"code\":\"APIGW.0308\",\"message\":\"slow down\"}}"), null);

        Assert.Equal(ServiceErrorKind.Throttled, parsed.Kind);
        Assert.True(IdentityCenter.Core.Http.RetryDecision.IsRetryable(parsed));
    }

    [Theory]
    [InlineData(404, "IdentityCenter.1205", true)]
    [InlineData(404, "IIC.1205", true)]
    [InlineData(404, null, true)]
    [InlineData(404, "APIGW.0101", false)]
    [InlineData(404, " apigw.0101", false)]
    [InlineData(409, "IdentityCenter.1206", false)]
    public void A_removal_takes_only_the_service_s_own_not_found_as_already_gone(int status, string? code, bool absent)
    {
        var error = new IdcServiceException(status, code, "not found", null, null);

        Assert.Equal(absent, ServiceErrorCodes.MeansAbsent(error));
    }

    [Theory]
    [InlineData(409, "IdentityCenter.1207", true)]
    [InlineData(409, "IIC.1207", true)]
    [InlineData(409, "IdentityCenter.1206", false)]
    [InlineData(400, "IdentityCenter.1207", false)]
    public void An_attach_recognises_the_policy_already_attached(int status, string code, bool attached)
    {
        Assert.Equal(attached, ServiceErrorCodes.MeansPolicyAlreadyAttached(new IdcServiceException(status, code, "duplicate", null, null)));
    }
}
