export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, type DialogProps } from './Dialog';
export { EmptyState } from './EmptyState';
export { CheckboxGroup, NumberField, RadioGroup, SelectField, TextArea, TextField, type SelectOption } from './Field';
export { FilePicker } from './FilePicker';
export { NavList, type NavItem } from './NavList';
export { errorMessage, NoticeProvider, useNotice, type Notice, type NoticeKind } from './Notice';
export { downloadBlob, fileDateStamp, readTextFile } from './download';
