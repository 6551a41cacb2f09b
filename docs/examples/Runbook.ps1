# Creates the permission sets a CSV file lists (Name, Description,
# SessionDuration, Tag) and attaches the read-only policy to each.
# Credentials come from the environment or the credentials file.
param(
    [Parameter(Mandatory)][string] $InstanceId,
    [Parameter(Mandatory)][string] $CsvPath
)

$ErrorActionPreference = 'Stop'
$policy = [ordered]@{
    Version   = '5.0'
    Statement = @(
        [ordered]@{
            Effect   = 'Allow'
            Action   = @('obs:*:get*', 'obs:*:list*')
            Resource = @('*')
        }
    )
}

Import-Csv -LiteralPath $CsvPath |
    New-IdcPermissionSet -InstanceId $InstanceId |
    Set-IdcCustomPolicy -Policy $policy -PassThru
