using System.Text;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Tests.Errors;

public class ServiceErrorParserTests
{
    private static IdcServiceException Parse(int status, string body, string? header = null) =>
        ServiceErrorParser.Parse(status, Encoding.UTF8.GetBytes(body), header);

    [Fact]
    public void Reads_the_service_shape()
    {
        var error = Parse(409, "{\"error_code\":\"IdentityCenter.1206\",\"error_msg\":\"permission set with same name exists\",\"request_id\":\"r-body\"}", "r-header");

        Assert.Equal(409, error.StatusCode);
        Assert.Equal("IdentityCenter.1206", error.ErrorCode);
        Assert.Equal("permission set with same name exists", error.ErrorMessage);
        Assert.Equal("r-body", error.RequestId);
        Assert.Contains("IdentityCenter.1206", error.Message);
        Assert.Contains("r-body", error.Message);
    }

    [Fact]
    public void Keeps_the_encoded_authorization_message()
    {
        var error = Parse(403, "{\"error_code\":\"IdentityCenter.1000\",\"error_msg\":\"denied\",\"request_id\":\"r1\",\"encoded_authorization_message\":\"ENC123\"}");

        Assert.Equal("ENC123", error.EncodedAuthorizationMessage);
    }

    [Fact]
    public void Reads_the_nested_gateway_shape_and_takes_the_request_id_from_the_header()
    {
        var error = Parse(429, "{\"error\":{\"code\":\"APIGW.0308\",\"message\":\"The throttling threshold has been reached\"}}", "r-header");

        Assert.Equal("APIGW.0308", error.ErrorCode);
        Assert.Equal("The throttling threshold has been reached", error.ErrorMessage);
        Assert.Equal("r-header", error.RequestId);
    }

    [Fact]
    public void An_empty_body_still_gives_a_meaningful_message()
    {
        var error = Parse(404, string.Empty, "r-header");

        Assert.Null(error.ErrorCode);
        Assert.Contains("not found", error.ErrorMessage);
        Assert.Contains("HTTP 404", error.Message);
        Assert.Equal("r-header", error.RequestId);
    }

    [Fact]
    public void A_non_json_body_keeps_its_first_characters_up_to_the_quote_limit()
    {
        var html = "<html>" + new string('x', QuotedText.MaxChars * 2) + "</html>";

        var error = Parse(502, html);

        Assert.Null(error.ErrorCode);
        Assert.StartsWith("<html>xxx", error.ErrorMessage);
        Assert.Equal(QuotedText.MaxChars + 1, error.ErrorMessage.Length);
    }

    [Fact]
    public void Json_that_is_not_an_object_is_kept_as_text()
    {
        var error = Parse(500, "[\"boom\"]");

        Assert.Equal("[\"boom\"]", error.ErrorMessage);
    }

    [Fact]
    public void A_refused_signature_quoting_the_canonical_request_loses_the_security_token_only()
    {
        const string token = "TOKENVALUE0123456789";
        var body = "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:PUT|/v1/x/||" +
                   "content-type:application/json|x-sdk-date:20240115T103000Z|x-security-token:" + token + "||content-type;x-sdk-date;x-security-token|abc\",\"request_id\":\"r\"}";

        var error = Parse(401, body);

        Assert.DoesNotContain(token, error.Message);
        Assert.DoesNotContain(token, error.ErrorMessage);
        Assert.Contains("x-security-token:***", error.ErrorMessage);
        Assert.Contains("x-sdk-date:20240115T103000Z", error.ErrorMessage);
        Assert.Equal(("APIGW.0301", "r"), (error.ErrorCode, error.RequestId));
    }
}
