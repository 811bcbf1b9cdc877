// Vietnamese words for bpmn-js's own titles (palette, context pad, replace menu).
const WORDS = {
  'Activate hand tool': 'Kéo khung nhìn',
  'Activate lasso tool': 'Chọn nhiều phần tử',
  'Activate create/remove space tool': 'Thêm/bớt khoảng trống',
  'Activate global connect tool': 'Nối hai phần tử',
  'Create start event': 'Sự kiện bắt đầu',
  'Create end event': 'Sự kiện kết thúc',
  'Create gateway': 'Cổng rẽ nhánh loại trừ (XOR)',
  'Delete': 'Xóa',
  'Remove': 'Xóa',
  'Connect using sequence flow': 'Nối bằng luồng',
  'Connect to other element': 'Nối tới phần tử khác',
  'Change element': 'Đổi loại phần tử',
  'Change type': 'Đổi loại phần tử',
  'Append end event': 'Nối sự kiện kết thúc',
  'Start event': 'Sự kiện bắt đầu',
  'End event': 'Sự kiện kết thúc',
  'Terminate end event': 'Kết thúc toàn bộ (terminate)',
  'User task': 'Bước xử lý (user task)',
  'Send task': 'Gửi thư (send task)',
  'Service task': 'Tác vụ tự động (service task)',
  'Exclusive gateway': 'Cổng rẽ nhánh loại trừ',
  'Parallel gateway': 'Cổng song song',
  'Timer boundary event': 'Hẹn giờ (ngắt bước)',
  'Timer boundary event (non-interrupting)': 'Hẹn giờ (không ngắt bước)',
  'Sequence flow': 'Luồng thường',
  'Default flow': 'Luồng mặc định',
  'Conditional flow': 'Luồng có điều kiện',
  'Toggle non-interrupting': 'Ngắt / không ngắt bước',
  'Search in diagram': 'Tìm trong sơ đồ',
  'Edit label': 'Sửa tên',
};

export default {
  translate: ['value', function translate(template, replacements = {}) {
    return (WORDS[template] ?? template).replace(/{([^}]+)}/g, (_, key) => replacements[key] ?? `{${key}}`);
  }],
};
