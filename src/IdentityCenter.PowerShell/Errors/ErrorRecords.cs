using System.Management.Automation;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>Turns a decided <see cref="ErrorDescription"/> into the record PowerShell writes; nothing is decided here.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(ErrorDescription description)
        {
            var record = new ErrorRecord(description.Exception, description.ErrorId, description.Category, description.TargetObject)
            {
                ErrorDetails = new ErrorDetails(description.Message) { RecommendedAction = description.RecommendedAction },
            };
            record.CategoryInfo.TargetName = description.TargetName;
            return record;
        }
    }
}
