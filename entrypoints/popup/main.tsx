import { mountPage } from '@/components/mount-page';
import { PopupApp } from '@/components/PopupApp';

mountPage(<PopupApp />);
