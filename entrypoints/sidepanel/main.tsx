import { mountPage } from '@/components/mount-page';
import { SidePanelApp } from '@/components/SidePanelApp';

mountPage(<SidePanelApp />);
