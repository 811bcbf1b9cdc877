// Rules the task page applies before sending a decision; the server checks the same again.

/** Outcomes that must carry a reason. */
export function needsReason(outcome) {
  return outcome === 'return' || outcome === 'reject';
}

/** The confirmation asked before an outcome, or null when none is needed. */
export function confirmationFor(outcome) {
  switch (outcome) {
    case 'approve': return 'Xác nhận đồng ý và chuyển hồ sơ lên bước tiếp theo?';
    case 'return': return 'Xác nhận trả lại hồ sơ cho đơn vị bổ sung, hoàn thiện?';
    case 'reject': return 'Xác nhận KHÔNG ĐỒNG Ý đề nghị khen thưởng? Thao tác này không thể hoàn tác.';
    case 'withdraw': return 'Xác nhận rút hồ sơ? Hồ sơ sẽ dừng xét.';
    default: return null;
  }
}
